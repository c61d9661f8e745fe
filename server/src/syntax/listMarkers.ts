/**
 * List and heading numberings: `1.` `1、` `（1）` `(1)` `一、` `（一）` `①` `第一部分`.
 * Shared by the parser (a marked line starts a new paragraph) and the model (ordinals, glossary).
 */
import { memoiseByString } from '../memoise';
import { isDigit } from '../numeric/characters';

export type MarkerStyle =
  | 'part' // 第一部分 / 第一章
  | 'chinese' // 一、
  | 'paren-chinese' // （一）
  | 'arabic' // 1. / 1、 / 1．
  | 'paren-arabic' // （1） / (1) / 1)
  | 'circled'; // ①

export interface Marker {
  /** The marker as written, including its punctuation (e.g. `（一）`, `1.`). */
  text: string;
  style: MarkerStyle;
  /** The number it stands for (一 → 1, 廿一 → 21, ③ → 3). */
  ordinal: number;
  /** Length of the marker plus the white space after it. */
  length: number;
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Converts a Chinese numeral up to the hundreds (一, 十二, 二十三, 廿一, 一百零五) to a number. */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  let text = numeral.replace(/^廿/, '二十').replace(/^卅/, '三十');
  let total = 0;
  const hundred = text.indexOf('百');
  if (hundred >= 0) {
    const head = text.slice(0, hundred);
    const value = head === '' ? 1 : CHINESE_DIGITS[head];
    if (value === undefined) return undefined;
    total += value * 100;
    text = text.slice(hundred + 1).replace(/^零/, '');
  }
  const ten = text.indexOf('十');
  if (ten >= 0) {
    const head = text.slice(0, ten);
    const value = head === '' ? 1 : CHINESE_DIGITS[head];
    if (value === undefined) return undefined;
    total += value * 10;
    text = text.slice(ten + 1);
  }
  if (text.length > 1) return undefined;
  if (text.length === 1) {
    const value = CHINESE_DIGITS[text];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

const CN_DIGITS = '一二三四五六七八九十百零〇两廿卅';
const CN_DIGIT_CODES = new Set(Array.from(CN_DIGITS, (digit) => digit.charCodeAt(0)));
const CN = `[${CN_DIGITS}]+`;
const DIGITS = '[0-9０-９]+';
const SPACE = '[ \\t\\u3000]*';

/** What a marker's first character is: each pattern below starts with one kind. */
type Lead = 'part' | 'paren' | 'chinese' | 'digit' | 'circled';

const MARKER_PATTERNS: Array<{ style: MarkerStyle; lead: Lead; pattern: RegExp; numeral: (m: RegExpExecArray) => string }> = [
  { style: 'part', lead: 'part', pattern: new RegExp(`^第(${CN}|${DIGITS})(?:部分|章|节)${SPACE}`), numeral: (m) => m[1]! },
  { style: 'paren-chinese', lead: 'paren', pattern: new RegExp(`^[（(](${CN})[）)]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'chinese', lead: 'chinese', pattern: new RegExp(`^(${CN})[、．.]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'paren-arabic', lead: 'paren', pattern: new RegExp(`^[（(](${DIGITS})[）)]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'arabic', lead: 'digit', pattern: new RegExp(`^(${DIGITS})(?:[、]|[.．](?![0-9０-９]))${SPACE}`), numeral: (m) => m[1]! },
  { style: 'paren-arabic', lead: 'digit', pattern: new RegExp(`^(${DIGITS})[）)]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'circled', lead: 'circled', pattern: new RegExp(`^([①-⑳])${SPACE}`), numeral: (m) => m[1]! },
];

/** The kind of marker `code` may start (undefined for most characters: most lines start with no marker). */
function leadOf(code: number): Lead | undefined {
  if (code === 0x7b2c) return 'part'; // 第
  if (code === 0xff08 || code === 0x28) return 'paren'; // （ (
  if (isDigit(code)) return 'digit';
  if (code >= 0x2460 && code <= 0x2473) return 'circled'; // ①–⑳
  return CN_DIGIT_CODES.has(code) ? 'chinese' : undefined;
}

/** The number a marker's numeral stands for; memoised (few distinct numerals, each read by regexps). */
const ordinalOf = memoiseByString((numeral: string): number | undefined => {
  const circled = numeral.charCodeAt(0) - 0x2460;
  if (numeral.length === 1 && circled >= 0 && circled < 20) return circled + 1;
  const ascii = numeral.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number.parseInt(ascii, 10);
  return chineseNumeralValue(numeral);
});

/** The numbering at the start of `text`, if any. */
export function parseMarker(text: string): Marker | undefined {
  // Every pattern is anchored and starts with its lead's characters: only the patterns of the first
  // character's lead can match (most paragraphs start with none), tried in their order.
  const lead = leadOf(text.charCodeAt(0));
  if (lead === undefined) return undefined;
  for (const { style, lead: patternLead, pattern, numeral } of MARKER_PATTERNS) {
    if (patternLead !== lead) continue;
    const match = pattern.exec(text);
    if (!match) continue;
    const ordinal = ordinalOf(numeral(match));
    if (ordinal === undefined) continue;
    return { text: match[0].trimEnd(), style, ordinal, length: match[0].length };
  }
  return undefined;
}

/** True when a prose line starts with a list marker (and so begins a new paragraph). */
export function startsWithListMarker(text: string): boolean {
  let first = 0;
  while (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x3000) first++;
  // One look at the first character spares the replace and the patterns for most prose lines.
  const lead = leadOf(text.charCodeAt(first));
  if (lead === undefined || lead === 'part') return false;
  const marker = parseMarker(text.replace(/^[ \u3000]+/, ''));
  return marker !== undefined && marker.style !== 'part';
}
