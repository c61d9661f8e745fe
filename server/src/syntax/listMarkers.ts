/**
 * List and heading numberings: `1.` `1、` `（1）` `(1)` `一、` `（一）` `①` `第一部分`.
 * Shared by the parser (a marked line starts a new paragraph) and the model (ordinals, glossary).
 */

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
const CN = `[${CN_DIGITS}]+`;
const DIGITS = '[0-9０-９]+';
const SPACE = '[ \\t\\u3000]*';

const MARKER_PATTERNS: Array<{ style: MarkerStyle; pattern: RegExp; numeral: (m: RegExpExecArray) => string }> = [
  { style: 'part', pattern: new RegExp(`^第(${CN}|${DIGITS})(?:部分|章|节)${SPACE}`), numeral: (m) => m[1]! },
  { style: 'paren-chinese', pattern: new RegExp(`^[（(](${CN})[）)]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'chinese', pattern: new RegExp(`^(${CN})[、．.]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'paren-arabic', pattern: new RegExp(`^[（(](${DIGITS})[）)]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'arabic', pattern: new RegExp(`^(${DIGITS})(?:[、]|[.．](?![0-9０-９]))${SPACE}`), numeral: (m) => m[1]! },
  { style: 'paren-arabic', pattern: new RegExp(`^(${DIGITS})[）)]${SPACE}`), numeral: (m) => m[1]! },
  { style: 'circled', pattern: new RegExp(`^([①-⑳])${SPACE}`), numeral: (m) => m[1]! },
];

function ordinalOf(numeral: string): number | undefined {
  const circled = numeral.charCodeAt(0) - 0x2460;
  if (numeral.length === 1 && circled >= 0 && circled < 20) return circled + 1;
  const ascii = numeral.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number.parseInt(ascii, 10);
  return chineseNumeralValue(numeral);
}

/** The numbering at the start of `text`, if any. */
export function parseMarker(text: string): Marker | undefined {
  // Every pattern is anchored and starts with 第 or a character mayStartNonPartMarker accepts: most
  // paragraphs and headings start with neither, and need no pattern tried.
  const first = text.charCodeAt(0);
  if (first !== PART_START && !mayStartNonPartMarker(first)) return undefined;
  for (const { style, pattern, numeral } of MARKER_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const ordinal = ordinalOf(numeral(match));
    if (ordinal === undefined) continue;
    return { text: match[0].trimEnd(), style, ordinal, length: match[0].length };
  }
  return undefined;
}

/** 第: the first character of a part marker. */
const PART_START = 0x7b2c;

/**
 * Whether `code` may start a marker other than a part's (第…): （ ( a Chinese numeral, a digit (ASCII or
 * full-width) or ①–⑳. The parser asks about every prose line, and most start with none of them: one look at
 * the first character spares the replace and the seven patterns.
 */
const CN_DIGIT_CODES = new Set(Array.from(CN_DIGITS, (digit) => digit.charCodeAt(0)));

function mayStartNonPartMarker(code: number): boolean {
  return (
    code === 0xff08 || // （
    code === 0x28 || // (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0x2460 && code <= 0x2473) ||
    CN_DIGIT_CODES.has(code)
  );
}

/** True when a prose line starts with a list marker (and so begins a new paragraph). */
export function startsWithListMarker(text: string): boolean {
  let first = 0;
  while (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x3000) first++;
  if (!mayStartNonPartMarker(text.charCodeAt(first))) return false;
  const marker = parseMarker(text.replace(/^[ \u3000]+/, ''));
  return marker !== undefined && marker.style !== 'part';
}
