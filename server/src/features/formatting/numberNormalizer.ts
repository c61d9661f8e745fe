/**
 * Normalising a figure's spelling (on request only): the table's precision (trailing zeros added, never
 * digits removed) and thousands separators. The value never changes: the result is checked against it.
 */
import Decimal from 'decimal.js';
import { formatNumber, normalizeNumberChars, parseNumber } from '../../numeric/numberText';
import type { Table } from '../../model/types';

export type SeparatorStyle = 'auto' | 'always' | 'never';

export interface TableNumberStyle {
  decimals: number;
  grouped: boolean;
}

/** The table's precision (the most decimals shown) and separator style (the majority's, for `auto`). */
export function tableNumberStyle(table: Table, separators: SeparatorStyle): TableNumberStyle {
  let decimals = 0;
  let grouped = 0;
  let total = 0;
  for (const row of table.body) {
    for (const cell of row.cells) {
      if (cell.kind !== 'amount' || !cell.amount) continue;
      decimals = Math.max(decimals, Math.min(cell.amount.decimals, 6));
      total++;
      if (cell.amount.grouped) grouped++;
    }
  }
  const useGroups = separators === 'always' ? true : separators === 'never' ? false : total > 0 && grouped * 2 > total;
  return { decimals, grouped: useGroups };
}

const PLAIN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The figure respelled, or the text unchanged when it is not a plain figure or would change value. */
export function normalizeFigure(text: string, style: TableNumberStyle): string {
  const ascii = normalizeNumberChars(text);
  if (!PLAIN.test(ascii)) return text;
  const parsed = parseNumber(ascii);
  if (!parsed) return text;
  const decimals = Math.max(parsed.decimals, style.decimals);
  const respelled = formatNumber(parsed.value, decimals, style.grouped);
  const check = parseNumber(respelled);
  if (!check || !check.value.equals(parsed.value) || !new Decimal(check.value).isFinite()) return text;
  return respelled;
}
