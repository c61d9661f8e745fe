/**
 * Interval arithmetic for rounded figures (domain.md §4, after XBRL Calculation 1.1).
 *
 * A displayed amount stands for every value that rounds to it: 796.80 is [796.795, 796.805]. A zero is
 * exact. Sums, differences, products and ratios of intervals are intervals; a claim is
 *  - consistent when the displayed values agree exactly,
 *  - a rounding note when they differ but the intervals overlap,
 *  - an error when the intervals do not overlap.
 * All bounds are in 元 (or, for ratios, plain numbers) so figures in different units compare directly.
 */
import Decimal from 'decimal.js';
import { halfUlp, type Amount } from './amount';
import { unitFactor } from './units';

export interface Interval {
  low: Decimal;
  high: Decimal;
}

export type Agreement = 'consistent' | 'rounding' | 'error';

export function exact(value: Decimal): Interval {
  return { low: value, high: value };
}

/** The interval of values a displayed figure may stand for, in 元. Zero is exact. */
export function amountInterval(amount: Amount): Interval {
  return displayedInterval(amount.value, amount.decimals, unitFactor(amount.unit));
}

/** The interval of a displayed number with `decimals` decimals, scaled by `factor`. */
export function displayedInterval(value: Decimal, decimals: number, factor: Decimal = new Decimal(1)): Interval {
  if (value.isZero()) return exact(new Decimal(0));
  const half = halfUlp(decimals);
  return { low: value.minus(half).times(factor), high: value.plus(half).times(factor) };
}

export function add(a: Interval, b: Interval): Interval {
  return { low: a.low.plus(b.low), high: a.high.plus(b.high) };
}

export function subtract(a: Interval, b: Interval): Interval {
  return { low: a.low.minus(b.high), high: a.high.minus(b.low) };
}

export function sum(intervals: Interval[]): Interval {
  return intervals.reduce(add, exact(new Decimal(0)));
}

export function multiply(a: Interval, b: Interval): Interval {
  const products = [a.low.times(b.low), a.low.times(b.high), a.high.times(b.low), a.high.times(b.high)];
  return { low: Decimal.min(...products), high: Decimal.max(...products) };
}

/** Whether an interval holds zero: as a divisor it bounds no ratio. */
export function holdsZero(interval: Interval): boolean {
  return interval.low.lte(0) && interval.high.gte(0);
}

/** a ÷ b; undefined when b's interval holds zero (the ratio is unbounded). */
export function divide(a: Interval, b: Interval): Interval | undefined {
  if (holdsZero(b)) return undefined;
  const quotients = [a.low.div(b.low), a.low.div(b.high), a.high.div(b.low), a.high.div(b.high)];
  return { low: Decimal.min(...quotients), high: Decimal.max(...quotients) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low.lte(b.high) && b.low.lte(a.high);
}

export function contains(interval: Interval, value: Decimal): boolean {
  return interval.low.lte(value) && value.lte(interval.high);
}

/**
 * Judges a stated figure against the value recomputed from other figures.
 * `statedValue` and `computedValue` are the displayed values (in the same unit), used for exact agreement.
 */
export function judge(stated: Interval, computed: Interval, statedValue: Decimal, computedValue: Decimal): Agreement {
  if (statedValue.eq(computedValue)) return 'consistent';
  return overlaps(stated, computed) ? 'rounding' : 'error';
}

/**
 * judge() with the intervals made only when they are read: equal displayed values agree without them, and
 * building a ratio's interval (four divisions) is most of the cost where nearly every statement agrees.
 */
export function judgeLazily(statedValue: Decimal, computedValue: Decimal, intervals: () => [stated: Interval, computed: Interval]): Agreement {
  if (statedValue.eq(computedValue)) return 'consistent';
  const [stated, computed] = intervals();
  return overlaps(stated, computed) ? 'rounding' : 'error';
}

/** The midpoint of an interval (for messages and fixes). */
export function midpoint(interval: Interval): Decimal {
  return interval.low.plus(interval.high).div(2);
}
