/**
 * Comparing a prose figure with a table figure (domain.md §4): both are intervals of the values they may
 * stand for. The prose may state fewer decimals than the table (328,661万元 for 3,286,618,082.20 元): that is
 * consistent when the table figure, rounded (or truncated) to the prose's precision in the prose's unit, is the
 * prose figure.
 */
import Decimal from 'decimal.js';
import type { Amount } from '../numeric/amount';
import { amountInterval, overlaps, type Agreement } from '../numeric/interval';
import { formatNumber } from '../numeric/numberText';
import { convert } from '../numeric/units';

export function compareAmounts(prose: Amount, table: Amount): Agreement {
  const tableInProseUnit = convert(table.value, table.unit, prose.unit);
  const rounded = tableInProseUnit.toDecimalPlaces(prose.decimals, Decimal.ROUND_HALF_UP);
  if (rounded.eq(prose.value)) return 'consistent';
  // Fewer decimals by truncation (328,661万元 for 3,286,618,082.20 元) is how such figures are often written.
  if (prose.decimals < table.decimals + (prose.unit === table.unit ? 0 : 4) && tableInProseUnit.toDecimalPlaces(prose.decimals, Decimal.ROUND_DOWN).eq(prose.value)) return 'consistent';
  const proseInTableUnit = convert(prose.value, prose.unit, table.unit);
  if (proseInTableUnit.eq(table.value)) return 'consistent';
  return overlaps(amountInterval(prose), amountInterval(table)) ? 'rounding' : 'error';
}

/** The table's figure written as the prose writes its figure (its unit, its separators, enough decimals). */
export function formatLikeProse(prose: Amount, table: Amount): string {
  const value = convert(table.value, table.unit, prose.unit);
  // The prose's own precision when it shows the whole figure, else as many decimals as the figure needs.
  let decimals = prose.decimals;
  while (decimals < 6 && !value.toDecimalPlaces(decimals).eq(value)) decimals++;
  return formatNumber(value, decimals, prose.grouped);
}

/** A value for messages: `4,708.00 万元`. */
export function showAmount(amount: Amount): string {
  return `${amount.text} ${amount.unit}`;
}
