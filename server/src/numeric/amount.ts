/** A figure as the document shows it: exact value, displayed precision, unit and source text. */
import Decimal from 'decimal.js';
import { convert, unitFactor, type AmountUnit } from './units';

export interface Amount {
  value: Decimal;
  /** Digits shown after the decimal point. */
  decimals: number;
  unit: AmountUnit;
  /** The text exactly as written. */
  text: string;
  /** Whether the text used thousands separators. */
  grouped: boolean;
}

export interface Percentage {
  value: Decimal;
  decimals: number;
  text: string;
}

const HALF_ULPS: Decimal[] = [];

/** Half of the last displayed digit, in the amount's own unit: 796.80 → 0.005. */
export function halfUlp(decimals: number): Decimal {
  let half = HALF_ULPS[decimals];
  if (!half) {
    half = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
    if (decimals >= 0 && decimals < 32) HALF_ULPS[decimals] = half;
  }
  return half;
}

/** The amount's value in 元. */
export function toYuan(amount: Amount): Decimal {
  return amount.value.times(unitFactor(amount.unit));
}

/** The amount's value in another unit. */
export function valueIn(amount: Amount, unit: AmountUnit): Decimal {
  return convert(amount.value, amount.unit, unit);
}
