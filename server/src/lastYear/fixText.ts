/** Last year's figure written the way this year's cell or sentence writes figures (unit, decimals, separators). */
import type { Amount } from '../numeric/amount';
import type { Cell, Column, Table } from '../model/types';
import { formatLikeProse } from '../prose/compare';
import Decimal from 'decimal.js';

/** A figure of the same column (else of the table) to copy the style from, for a blank cell. */
function styleTemplate(table: Table, column: Column): Amount | undefined {
  for (const row of table.body) {
    const amount = row.cells[column.index]?.amount;
    if (amount) return amount;
  }
  for (const row of table.body) for (const cell of row.cells) if (cell.amount) return cell.amount;
  return undefined;
}

/** The text that writes `last` into this cell. */
export function cellFixText(cell: Cell, table: Table, column: Column, last: Amount): string {
  const unit = cell.amount?.unit ?? column.unit ?? table.unit;
  const template = cell.amount ?? styleTemplate(table, column);
  const like: Amount = template
    ? { ...template, unit }
    : { value: new Decimal(0), decimals: last.unit === unit ? last.decimals : 2, unit, text: '', grouped: last.grouped };
  return formatLikeProse(like, last);
}
