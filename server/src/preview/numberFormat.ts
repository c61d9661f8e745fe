/** How the preview prints figures: thousands separators, the document's own number of decimals. */
import type { Amount } from '../model/types';
import type Decimal from 'decimal.js';

/** 8132.86 → "8,132.86"; keeps the given number of decimals; negative with a leading minus. */
export function groupDigits(value: Decimal, decimals: number): string {
  const fixed = value.abs().toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value.isNegative() && !value.isZero() ? '-' : '';
  return sign + grouped + (fraction !== undefined ? `.${fraction}` : '');
}

/** An amount cell as published: grouped, with the precision the document shows. */
export function formatAmount(amount: Amount): string {
  return groupDigits(amount.value, amount.decimals);
}
