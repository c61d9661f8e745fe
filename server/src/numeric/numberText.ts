/**
 * Reading the figures people type: thousands separators, full-width digits and punctuation, minus
 * signs of several kinds, accounting parentheses, percentages. Values are decimal.js, never floats.
 */
import Decimal from 'decimal.js';

/** Whether normalizeNumberChars rewrites a character: ０-９ ．，－＋％（） (in U+FF05–FF19), − and —. */
function needsNormalizing(code: number): boolean {
  if (code >= 0xff05) return code <= 0xff19 && code !== 0xff06 && code !== 0xff07 && code !== 0xff0a && code !== 0xff0f;
  return code === 0x2212 || code === 0x2014;
}

/** Full-width digits and number punctuation → ASCII, length-preserving (so offsets stay valid). */
export function normalizeNumberChars(text: string): string {
  // A character scan instead of regexps: this runs for every figure-like cell and prose token, and most
  // texts need no change (then the text itself is returned).
  let out: string | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!needsNormalizing(code)) continue;
    out = (out ?? '') + text.slice(copied, i) + (code >= 0xff05 ? String.fromCharCode(code - 0xfee0) : '-');
    copied = i + 1;
  }
  return out === undefined ? text : out + text.slice(copied);
}

export interface ParsedNumber {
  value: Decimal;
  /** Number of digits shown after the decimal point (the displayed precision). */
  decimals: number;
  /** Whether the digits were grouped by thousands separators. */
  grouped: boolean;
  percent: boolean;
}

/**
 * Decimal values by digit string. Decimals are immutable, so one instance serves every cell that shows the
 * same digits (0.00, repeated totals, the same figure in several tables); constructing one costs far more
 * than a map lookup. Bounded: cleared when full.
 */
const DECIMALS = new Map<string, Decimal>();
/**
 * The same for figures of at most MAX_KEYED_DIGITS digits, keyed by a number (`digits as an integer × 16 +
 * digits after the point`, exact below 2^53): hashing a number is cheaper than hashing a fresh string, and
 * the digit string is then only built when the value is new.
 */
const DECIMALS_BY_KEY = new Map<number, Decimal>();
const DECIMALS_LIMIT = 50000;
const MAX_KEYED_DIGITS = 14;

function decimalOf(digits: string): Decimal {
  let value = DECIMALS.get(digits);
  if (value === undefined) {
    if (DECIMALS.size >= DECIMALS_LIMIT) DECIMALS.clear();
    value = new Decimal(digits);
    DECIMALS.set(digits, value);
  }
  return value;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const PLUS = 0x2b;
const MINUS = 0x2d;
const COMMA = 0x2c;
const POINT = 0x2e;
const PERCENT = 0x25;
const OPEN = 0x28;
const CLOSE = 0x29;

function isAsciiDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** Characters a regexp `.` does not match: inside such text `(…)` is not a parenthesised number. */
function hasLineTerminator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/**
 * Parses a complete cell or token as a number; undefined when the text is not exactly a number.
 * `(3.00)` is −3.00 (accounting style).
 */
export function parseNumber(raw: string): ParsedNumber | undefined {
  const parsed: ParsedNumber = { value: ZERO, decimals: 0, grouped: false, percent: false };
  return readNumber(raw, parsed) ? parsed : undefined;
}

const ZERO = new Decimal(0);

/**
 * parseNumber writing into the caller's record instead of a new one (false, with `into` left in an
 * unspecified state, when the text is not a number): the model reads every body cell, and keeps only the
 * amount it builds from the record.
 */
export function readNumber(raw: string, into: ParsedNumber): boolean {
  let text = normalizeNumberChars(raw.trim());
  let negative = false;
  if (text.length >= 2 && text.charCodeAt(0) === OPEN && text.charCodeAt(text.length - 1) === CLOSE && !hasLineTerminator(text, 1, text.length - 1)) {
    text = text.slice(1, -1).trim();
    negative = true;
  }
  return scanNumber(text, negative, into);
}

/**
 * `text` as /^([+-])?(?:(\d{1,3}(?:,\d{3})+)|(\d+))(?:\.(\d+))?(%)?$/ reads it (ASCII digits; grouped by
 * threes or not grouped at all), scanned by hand: it runs for every figure of a document, and the digit
 * string is then one slice of the text (or the text itself) instead of regexp captures joined again.
 */
function scanNumber(text: string, negative: boolean, into: ParsedNumber): boolean {
  const length = text.length;
  let i = 0;
  const sign = text.charCodeAt(0);
  if (sign === PLUS || sign === MINUS) {
    if (sign === MINUS) negative = !negative;
    i++;
  }
  // The digits read as an integer (exact while there are at most MAX_KEYED_DIGITS of them).
  let integer = 0;
  const integerStart = i;
  for (let code = text.charCodeAt(i); isAsciiDigit(code); code = text.charCodeAt(++i)) integer = integer * 10 + (code - DIGIT_0);
  if (i === integerStart) return false;
  let digitCount = i - integerStart;
  let integerEnd = i;
  let grouped = false;
  if (i < length && text.charCodeAt(i) === COMMA) {
    // Grouped: one to three digits, then one or more `,ddd`.
    if (i - integerStart > 3) return false;
    grouped = true;
    while (i < length && text.charCodeAt(i) === COMMA) {
      const a = text.charCodeAt(i + 1);
      const b = text.charCodeAt(i + 2);
      const c = text.charCodeAt(i + 3);
      if (!(isAsciiDigit(a) && isAsciiDigit(b) && isAsciiDigit(c))) return false;
      integer = integer * 1000 + (a - DIGIT_0) * 100 + (b - DIGIT_0) * 10 + (c - DIGIT_0);
      digitCount += 3;
      i += 4;
    }
    integerEnd = i;
  }
  let fractionStart = i;
  let fractionEnd = i;
  if (i < length && text.charCodeAt(i) === POINT) {
    fractionStart = ++i;
    for (let code = text.charCodeAt(i); isAsciiDigit(code); code = text.charCodeAt(++i)) integer = integer * 10 + (code - DIGIT_0);
    if (i === fractionStart) return false;
    fractionEnd = i;
    digitCount += fractionEnd - fractionStart;
  }
  const digitsEnd = i;
  let percent = false;
  if (i < length && text.charCodeAt(i) === PERCENT) {
    percent = true;
    i++;
  }
  if (i !== length) return false;
  const decimals = fractionEnd - fractionStart;
  let value: Decimal | undefined;
  const key = digitCount <= MAX_KEYED_DIGITS ? integer * 16 + decimals : -1;
  if (key >= 0) value = DECIMALS_BY_KEY.get(key);
  if (value === undefined) {
    let digits: string;
    if (!grouped) digits = integerStart === 0 && digitsEnd === length ? text : text.slice(integerStart, digitsEnd);
    else {
      digits = text.slice(integerStart, integerEnd).replace(/,/g, '');
      if (fractionEnd > fractionStart) digits += text.slice(fractionStart - 1, fractionEnd);
    }
    value = decimalOf(digits);
    if (key >= 0) {
      if (DECIMALS_BY_KEY.size >= DECIMALS_LIMIT) DECIMALS_BY_KEY.clear();
      DECIMALS_BY_KEY.set(key, value);
    }
  }
  into.value = negative ? value.negated() : value;
  into.decimals = decimals;
  into.grouped = grouped;
  into.percent = percent;
  return true;
}

/** True when text starts like a number (a digit, a sign or a parenthesis before a digit). */
export function looksNumeric(raw: string): boolean {
  return /^[(+-]?\s*\d/.test(normalizeNumberChars(raw.trim()));
}

/** Formats a value with a given number of decimals and optional thousands separators. */
export function formatNumber(value: Decimal, decimals: number, grouped: boolean): string {
  const fixed = value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  if (!grouped) return fixed;
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [integer, fraction] = unsigned.split('.');
  const withSeparators = integer!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${withSeparators}${fraction !== undefined ? `.${fraction}` : ''}`;
}
