/**
 * Reading the figures people type: thousands separators, full-width digits and punctuation, minus
 * signs of several kinds, accounting parentheses, percentages. Values are decimal.js, never floats.
 */
import Decimal from 'decimal.js';

const NEEDS_NORMALIZING = /[０-９．，－＋％（）−—]/;

/** Full-width digits and number punctuation → ASCII, length-preserving (so offsets stay valid). */
export function normalizeNumberChars(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(/[０-９．，－＋％（）]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[−—]/g, '-');
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
const DECIMALS_LIMIT = 50000;

function decimalOf(digits: string): Decimal {
  let value = DECIMALS.get(digits);
  if (value === undefined) {
    if (DECIMALS.size >= DECIMALS_LIMIT) DECIMALS.clear();
    value = new Decimal(digits);
    DECIMALS.set(digits, value);
  }
  return value;
}

const NUMBER = /^([+-])?(?:(\d{1,3}(?:,\d{3})+)|(\d+))(?:\.(\d+))?(%)?$/;
const PARENTHESISED = /^\((.*)\)$/;

/**
 * Parses a complete cell or token as a number; undefined when the text is not exactly a number.
 * `(3.00)` is −3.00 (accounting style).
 */
export function parseNumber(raw: string): ParsedNumber | undefined {
  let text = normalizeNumberChars(raw.trim());
  let negative = false;
  const paren = PARENTHESISED.exec(text);
  if (paren) {
    text = paren[1]!.trim();
    negative = true;
  }
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign, grouped, plain, fraction, percent] = match;
  if (sign === '-') negative = !negative;
  const integer = grouped !== undefined ? grouped.replace(/,/g, '') : (plain ?? '0');
  const digits = fraction === undefined ? integer : `${integer}.${fraction}`;
  let value = decimalOf(digits);
  if (negative) value = value.negated();
  return { value, decimals: fraction?.length ?? 0, grouped: grouped !== undefined, percent: percent !== undefined };
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
