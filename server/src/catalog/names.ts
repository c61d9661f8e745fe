/**
 * Name comparison: printed names are compared with catalog names ignoring white space (PDF text breaks
 * names across lines) and the difference between half- and full-width brackets and quotes.
 */
import { memoiseByString } from '../memoise';

const WIDTH_PAIRS: Record<string, string> = {
  '(': '（',
  ')': '）',
  '[': '［',
  ']': '］',
  '"': '“',
  '“': '“',
  '”': '“',
  ',': '，',
  ':': '：',
};

/** The comparable form of a name: no white space, brackets and quotes unified (memoised: names repeat). */
export const normalizeName: (name: string) => string = memoiseByString((name) =>
  name.replace(/[\s\u3000]+/g, '').replace(/[()[\]"”,:]/g, (ch) => WIDTH_PAIRS[ch] ?? ch),
);

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** Similarity of two names in [0, 1]: Dice coefficient over character bigrams (single characters for short names). */
export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  const grams = (s: string): string[] => {
    if (s.length < 2) return [s];
    const out: string[] = [];
    for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
    return out;
  };
  const gx = grams(x);
  const gy = grams(y);
  const counts = new Map<string, number>();
  for (const g of gx) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of gy) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (gx.length + gy.length);
}
