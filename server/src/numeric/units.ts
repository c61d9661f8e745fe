/** Amount units of Chinese budget documents and their value in 元. */
import Decimal from 'decimal.js';

export type AmountUnit = '元' | '千元' | '万元' | '亿元';

export const AMOUNT_UNITS: readonly AmountUnit[] = ['元', '千元', '万元', '亿元'];

const FACTORS: Record<AmountUnit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/** How many 元 one unit is worth. */
export function unitFactor(unit: AmountUnit): Decimal {
  return FACTORS[unit];
}

export function isAmountUnit(text: string): text is AmountUnit {
  return (AMOUNT_UNITS as readonly string[]).includes(text);
}

/** Reads a unit from text such as `万元`, `单位：元`, `金额单位:万元`; undefined when there is none. */
export function parseUnit(text: string): AmountUnit | undefined {
  const trimmed = text.trim().replace(/^(?:金额)?单位[：:]\s*/, '').replace(/[（）()]/g, '').trim();
  return isAmountUnit(trimmed) ? trimmed : undefined;
}

/** Converts a value from one unit to another (exactly, with decimal.js). */
export function convert(value: Decimal, from: AmountUnit, to: AmountUnit): Decimal {
  if (from === to) return value;
  return value.times(unitFactor(from)).dividedBy(unitFactor(to));
}
