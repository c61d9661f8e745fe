/**
 * Finding a Chinese name by what is typed on a Latin keyboard, as the accounting ledgers' editors do:
 * the initials (“shbz” → 社会保障和就业支出), the full pinyin (“shehuibaozhang”), or any mix of whole
 * syllables and their first letters (“shehbzh”), from the start of the name or, for two letters or
 * more, from any syllable (“jiuye”). The readings come from pinyin-pro (polyphones by context: 行政
 * xing, 银行 hang), computed once per name and cached.
 */
import { pinyin } from 'pinyin-pro';

/** Toneless syllables of each name seen so far (catalog names are a fixed set of about 1,300). */
const syllableCache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 20000;

/** The name's syllables, lower case, ü as v; characters that are not Chinese are left out. */
export function pinyinSyllables(name: string): readonly string[] {
  let syllables = syllableCache.get(name);
  if (!syllables) {
    syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' })
      .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
      .filter((s) => s.length > 0);
    if (syllableCache.size >= CACHE_LIMIT) syllableCache.clear();
    syllableCache.set(name, syllables);
  }
  return syllables;
}

/** “shbzhjyzc”: the first letter of each syllable. */
export function pinyinInitials(name: string): string {
  return pinyinSyllables(name)
    .map((s) => s[0])
    .join('');
}

/** Typed text that can only be pinyin: Latin letters (and the apostrophe of xi'an), nothing else. */
export function asPinyinQuery(typed: string): string | undefined {
  const query = typed.toLowerCase().replace(/[ü]/g, 'v').replace(/['’\s]/g, '');
  return /^[a-z]+$/.test(query) ? query : undefined;
}

/** Memo of failed (query position, syllable) pairs, reused between calls (cleared per call). */
let failedBuffer = new Uint8Array(1024);

function walk(query: string, syllables: readonly string[], q: number, s: number, failed: Uint8Array): boolean {
  if (q === query.length) return true;
  if (s === syllables.length) return false;
  const key = q * (syllables.length + 1) + s;
  if (failed[key]) return false;
  // How many letters of the syllable were typed here; the longer prefixes first (whole syllables are
  // what people type most).
  const syllable = syllables[s]!;
  const longest = Math.min(syllable.length, query.length - q);
  let common = 0;
  while (common < longest && query.charCodeAt(q + common) === syllable.charCodeAt(common)) common++;
  for (let k = common; k >= 1; k--) if (walk(query, syllables, q + k, s + 1, failed)) return true;
  failed[key] = 1;
  return false;
}

/** Whether `query` splits into non-empty prefixes of consecutive syllables starting at `first`. */
function matchesFrom(query: string, syllables: readonly string[], first: number): boolean {
  const size = (query.length + 1) * (syllables.length + 1);
  if (failedBuffer.length < size) failedBuffer = new Uint8Array(size * 2);
  failedBuffer.fill(0, 0, size);
  return walk(query, syllables, 0, first, failedBuffer);
}

/** Whether the letters of `query` occur in order in `text` (necessary for any match: a cheap first test). */
function inOrder(query: string, text: string): boolean {
  let q = 0;
  for (let i = 0; i < text.length && q < query.length; i++) if (text.charCodeAt(i) === query.charCodeAt(q)) q++;
  return q === query.length;
}

const fullCache = new Map<string, string>();

/**
 * How well a pinyin query matches a name: 0 from the first syllable, 1 from a later one, undefined when
 * it does not match. One letter matches only the first syllable (“s” would otherwise match everything).
 */
export function pinyinMatchRank(query: string, name: string): 0 | 1 | undefined {
  if (query.length === 0) return undefined;
  const syllables = pinyinSyllables(name);
  if (syllables.length === 0) return undefined;
  let full = fullCache.get(name);
  if (full === undefined) {
    full = syllables.join('');
    if (fullCache.size >= CACHE_LIMIT) fullCache.clear();
    fullCache.set(name, full);
  }
  if (!inOrder(query, full)) return undefined;
  if (syllables[0]!.charCodeAt(0) === query.charCodeAt(0) && matchesFrom(query, syllables, 0)) return 0;
  if (query.length < 2) return undefined;
  for (let s = 1; s < syllables.length; s++) {
    if (syllables[s]!.charCodeAt(0) === query.charCodeAt(0) && matchesFrom(query, syllables, s)) return 1;
  }
  return undefined;
}

/** Text for an editor's own filtering of the proposals: initials and full pinyin. */
export function pinyinFilterText(name: string): string {
  return `${pinyinInitials(name)} ${pinyinSyllables(name).join('')}`;
}

/**
 * Computes the readings of `names` in the background, a few dozen per turn of the event loop, so the
 * first pinyin completion does not wait for them (about half a second for the whole catalog).
 */
export function warmPinyinCache(names: readonly string[], chunk = 50): void {
  let next = 0;
  const step = (): void => {
    const end = Math.min(next + chunk, names.length);
    for (; next < end; next++) pinyinSyllables(names[next]!);
    if (next < names.length) setImmediate(step).unref?.();
  };
  setImmediate(step).unref?.();
}
