/**
 * Figures in running text: amounts with their unit (元/千元/万元/亿元, a bare `万` after a figure), percentages,
 * and explicit bindings `{=表/行/列}`. Full-width digits and punctuation are read like ASCII; a figure with no
 * money unit after it is not an amount (38万人, 128 元/人, a year, a phone number), and a percentage after
 * `≥`/`≤`/`>`/`<` is a target, not a claim.
 */
import Decimal from 'decimal.js';
import type { Amount } from '../numeric/amount';
import { normalizeNumberChars } from '../numeric/numberText';
import { memoiseByString } from '../memoise';
import { isWhiteSpace } from '../numeric/characters';

export interface TextAmount {
  amount: Amount;
  /** Offsets of the number and of the number with its unit in the text. */
  start: number;
  numberEnd: number;
  end: number;
  /** The explicit binding written right after the figure, if any. */
  binding?: TextBinding;
}

export interface TextPercent {
  value: Decimal;
  decimals: number;
  text: string;
  start: number;
  end: number;
}

export interface TextBinding {
  /** The reference inside the braces, e.g. `附表4-9/城乡居民医疗保险地方配套/合计`. */
  reference: string;
  start: number;
  end: number;
}

export interface TextFigures {
  amounts: TextAmount[];
  percents: TextPercent[];
  bindings: TextBinding[];
  /** The text with digits normalised to ASCII and bindings blanked out (same length as the input). */
  normalized: string;
}

const BINDING = /\{=([^{}]*)\}/g;
// A number not glued to a preceding digit, point, or digit+comma (so `206,27` yields nothing).
const NUMBER = /(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,]*\d)/g;
// What may follow a number, read in place (sticky: `lastIndex` is the number's end).
const PERCENT_AFTER = /[ \t\u3000]*%/y;
const UNIT_AFTER = /[ \t\u3000]*(亿元|万元|千元|元|万(?![人户名次个亩件台辆套份家项条]))/y;
const NO_AMOUNT_AFTER_UNIT = /[ \t\u3000]*(?:\/|每|以上|以下|左右)/y;

/**
 * Decimals by digit string: immutable, so one instance serves every figure written with the same digits, and
 * building one costs far more than a map lookup.
 */
const decimalOf = memoiseByString((digits) => new Decimal(digits));

/**
 * The value of a number as NUMBER matched it (built only for a percentage or an amount: most numbers are years,
 * counts, dates). The match itself is the key: no string is built for an ungrouped number.
 */
function valueOf(number: string, grouped: boolean): Decimal {
  return decimalOf(grouped ? number.replace(/,/g, '') : number);
}

/** ≥ ≤ > <. */
function isComparison(code: number): boolean {
  return code === 0x2265 || code === 0x2264 || code === 0x3e || code === 0x3c;
}

/**
 * Whether a comparison sign stands right before `start`, at most one white-space character between: what
 * `/[≥≤><]\s*$/` finds in the two characters before the number, read in place without cutting them out.
 */
function afterComparison(text: string, start: number): boolean {
  if (start < 1) return false;
  const before = text.charCodeAt(start - 1);
  if (isComparison(before)) return true;
  return start >= 2 && isWhiteSpace(before) && isComparison(text.charCodeAt(start - 2));
}

function follows(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * Finds the amounts, percentages and bindings of a text. `numberText` is `normalizeNumberChars(text)` when the
 * caller has it already (paragraphNumberText).
 */
export function scanFigures(text: string, numberText: string = normalizeNumberChars(text)): TextFigures {
  const bindings: TextBinding[] = [];
  let normalized = numberText.includes('＝') ? numberText.replace(/[＝]/g, '=') : numberText;
  if (normalized.includes('{')) {
    normalized = normalized.replace(BINDING, (whole: string, reference: string, offset: number) => {
      bindings.push({ reference: reference.trim(), start: offset, end: offset + whole.length });
      return ' '.repeat(whole.length);
    });
  }
  const amounts: TextAmount[] = [];
  const percents: TextPercent[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(normalized); match; match = NUMBER.exec(normalized)) {
    const start = match.index;
    const numberEnd = start + match[0].length;
    const integer = match[1]!;
    const grouped = integer.includes(',');
    const decimals = match[2]?.length ?? 0;
    const percent = follows(PERCENT_AFTER, normalized, numberEnd);
    if (percent) {
      if (afterComparison(normalized, start)) continue;
      percents.push({ value: valueOf(match[0], grouped), decimals, text: text.slice(start, numberEnd), start, end: numberEnd + percent[0].length });
      continue;
    }
    const unitMatch = follows(UNIT_AFTER, normalized, numberEnd);
    if (!unitMatch) continue;
    const end = numberEnd + unitMatch[0].length;
    if (follows(NO_AMOUNT_AFTER_UNIT, normalized, end)) continue;
    if (afterComparison(normalized, start)) continue;
    const unit: Amount['unit'] = unitMatch[1] === '万' ? '万元' : (unitMatch[1] as Amount['unit']);
    const amount: Amount = { value: valueOf(match[0], grouped), decimals, unit, text: text.slice(start, numberEnd), grouped };
    const figure: TextAmount = { amount, start, numberEnd, end };
    if (bindings.length > 0) {
      const binding = bindings.find((b) => /^[ \t\u3000]*$/.test(normalized.slice(end, b.start)) && b.start >= end);
      if (binding) figure.binding = binding;
    }
    amounts.push(figure);
  }
  return { amounts, percents, bindings, normalized };
}
