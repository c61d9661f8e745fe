/**
 * Year-on-year statements checked by interval arithmetic: A = 本年 − 上年, B = A ÷ 上年 (domain.md §4).
 * When the text states no base, the base is 本年 − A (so only B can be checked).
 */
import Decimal from 'decimal.js';
import { amountInterval, displayedInterval, divide, holdsZero, judgeLazily, subtract, type Agreement, type Interval } from '../numeric/interval';
import { formatNumber } from '../numeric/numberText';
import { convert, unitFactor } from '../numeric/units';
import type { ChangeClaim, RateClaim } from './claims';
import type { TextPercent } from './figures';

export interface ChangeEvaluation {
  /** A recomputed from the stated 本年 and 上年, when both are stated (expectedChangeText writes it). */
  amount?: { agreement: Agreement; expected: Decimal };
  /** The base (上年) in 元, and whether the text states it (else it is 本年 − A). */
  base?: { value: Decimal; stated: boolean };
  /** B recomputed (percentText writes it). */
  percent?: RecomputedPercent;
  /** The base is zero while a change and a percentage are stated. */
  zeroBase: boolean;
  /** 本年 < 上年 (or the reverse) while the verb says the opposite. */
  wrongDirection: boolean;
}

/** A percentage recomputed for a stated one: |B| unrounded, and how the stated one agrees with it. */
export interface RecomputedPercent {
  agreement: Agreement;
  expected: Decimal;
  /** The stated percentage is the recomputed one cut off instead of rounded; only read where it disagrees. */
  truncated: boolean;
}

/*
 * The texts of the recomputed figures are written only for a finding (expectedChangeText, percentText): nearly
 * every statement agrees, and formatting (a division for the unit) was a good part of evaluating it.
 */

/** A recomputed as the change is written: its unit, the most decimals of the three figures, its grouping. */
export function expectedChangeText(change: ChangeClaim, expected: Decimal): string {
  const amount = change.change.figure.amount;
  const decimals = Math.max(change.current!.figure.amount.decimals, change.base!.figure.amount.decimals, amount.decimals);
  return formatNumber(convert(expected.abs(), '元', amount.unit), decimals, amount.grouped);
}

/** A recomputed percentage with at least two decimals (or as many as the stated one has). */
export function percentText(recomputed: RecomputedPercent, statedDecimals: number): string {
  return formatNumber(recomputed.expected, Math.max(statedDecimals, 2), false);
}

/** The change in 元, signed by its verb. */
function signedValue(change: ChangeClaim): Decimal {
  const amount = change.change.figure.amount;
  const value = amount.value.times(unitFactor(amount.unit));
  return change.direction === 1 ? value : value.negated();
}

/** The interval of the signed change, low ≤ high. */
function signedInterval(change: ChangeClaim): Interval {
  const interval = amountInterval(change.change.figure.amount);
  const signed = change.direction === 1 ? interval : { low: interval.high.negated(), high: interval.low.negated() };
  return { low: Decimal.min(signed.low, signed.high), high: Decimal.max(signed.low, signed.high) };
}

const PERCENT = new Decimal(0.01);

export function evaluateChange(change: ChangeClaim): ChangeEvaluation {
  const result: ChangeEvaluation = { zeroBase: false, wrongDirection: false };
  const deltaValue = signedValue(change);
  const current = change.current?.figure.amount;
  const stated = change.base?.figure.amount;
  if (current && stated) {
    const currentYuan = current.value.times(unitFactor(current.unit));
    const baseYuan = stated.value.times(unitFactor(stated.unit));
    const expected = currentYuan.minus(baseYuan);
    const agreement = judgeLazily(deltaValue, expected, () => [signedInterval(change), subtract(amountInterval(current), amountInterval(stated))]);
    result.amount = { agreement, expected };
    if (!expected.isZero() && expected.isNegative() !== deltaValue.isNegative() && !deltaValue.isZero()) result.wrongDirection = true;
    result.base = { value: baseYuan, stated: true };
  } else if (current) {
    const currentYuan = current.value.times(unitFactor(current.unit));
    const derivedBase = currentYuan.minus(deltaValue);
    // (A derived base below zero means the change was bound to the wrong 本年 figure: nothing to check.)
    if (!derivedBase.isNegative()) result.base = { value: derivedBase, stated: false };
  }
  const percent = change.percent?.percent;
  if (!percent || !result.base) return result;
  const magnitude = change.change.figure.amount;
  if (result.base.value.isZero()) {
    if (!magnitude.value.isZero()) result.zeroBase = true;
    return result;
  }
  // A base interval holding zero bounds no ratio (divide gives none): nothing is said about B. (Built only
  // here: a change stated without a percentage needs no interval of its base.)
  const baseInterval = stated ? amountInterval(stated) : subtract(amountInterval(current!), signedInterval(change));
  if (holdsZero(baseInterval)) return result;
  const expected = magnitude.value.times(unitFactor(magnitude.unit)).div(result.base.value.abs()).times(100).abs();
  result.percent = recomputedPercent(percent, expected, () => absolute(divide(amountInterval(magnitude), baseInterval)!));
  return result;
}

/**
 * A stated percentage against |B| unrounded: consistent when it is |B| rounded to its decimals, else judged by
 * its interval against `ratio` (|B|'s interval, built only then).
 */
function recomputedPercent(percent: TextPercent, expected: Decimal, ratio: () => Interval): RecomputedPercent {
  const expectedRounded = expected.toDecimalPlaces(percent.decimals, Decimal.ROUND_HALF_UP);
  const agreement = judgeLazily(percent.value, expectedRounded, () => [displayedInterval(percent.value, percent.decimals, PERCENT), ratio()]);
  const truncated = agreement !== 'consistent' && expected.toDecimalPlaces(percent.decimals, Decimal.ROUND_DOWN).equals(percent.value);
  return { agreement, expected, truncated };
}

/** |ratio| of a ratio interval that is all positive or all negative. */
function absolute(ratio: Interval): Interval {
  return ratio.low.isNegative() ? { low: ratio.high.negated(), high: ratio.low.negated() } : ratio;
}

export interface RateEvaluation {
  /** 上年 is zero: no rate can be stated. */
  zeroBase: boolean;
  /** (本年 − 上年) ÷ 上年, in percent, signed as the verb says; undefined when the base is zero. */
  percent?: RecomputedPercent;
  /** The verb says 增加 while 本年 < 上年, or the reverse. */
  wrongDirection: boolean;
}

/** B of a rate stated without its amount: (本年 − 上年) ÷ 上年, by interval arithmetic. */
export function evaluateRate(rate: RateClaim): RateEvaluation {
  const current = rate.current.figure.amount;
  const base = rate.base.figure.amount;
  const currentYuan = current.value.times(unitFactor(current.unit));
  const baseYuan = base.value.times(unitFactor(base.unit));
  if (baseYuan.isZero()) return { zeroBase: !currentYuan.isZero(), wrongDirection: false };
  const baseInterval = amountInterval(base);
  const expected = currentYuan.minus(baseYuan).div(baseYuan).times(100);
  const wrongDirection = !expected.isZero() && expected.isNegative() !== (rate.direction === -1);
  // (A base interval holding zero bounds no ratio: nothing is said about B.)
  if (holdsZero(baseInterval) || wrongDirection) return { zeroBase: false, wrongDirection };
  const percent = recomputedPercent(rate.percent.percent, expected.abs(), () =>
    absolute(divide(subtract(amountInterval(current), baseInterval), baseInterval)!),
  );
  return { zeroBase: false, wrongDirection, percent };
}
