/**
 * Basic-expenditure economic lines of the 三公 items (30212 因公出国（境）费用, 30217 公务接待费, 30231 公务用车运行
 * 维护费, 31013 公务用车购置): the sum over the rows of the first basic-expenditure table that carries the code
 * (seed 004 lists 30231 once per unit). The basic part is the 基本支出 column, else 人员 + 公用, else 合计.
 */
import Decimal from 'decimal.js';
import { columnRole } from '../analysis/columnRoles';
import { tablesOfKind } from '../analysis/tableLookup';
import type { Amount } from '../numeric/amount';
import { amountInterval, sum, type Interval } from '../numeric/interval';
import type { BodyRow, Cell, Column, DisclosureDocument, Table } from '../model/types';
import type { ThreePublicKey } from './labels';
import { memoiseByObjectOf } from '../memoise';

export const LINE_CODES: Partial<Record<ThreePublicKey, string>> = {
  overseas: '30212',
  reception: '30217',
  'vehicle-operation': '30231',
  'vehicle-purchase': '31013',
};

export interface BasicLine {
  table: Table;
  rows: BodyRow[];
  cells: Cell[];
  value: Decimal;
  interval: Interval;
  amounts: Amount[];
}

const LINE_CODE_SET = new Set(Object.values(LINE_CODES));

/** A table's rows carrying each of the LINE_CODES, in body order: one pass per table (kept per model) instead of one per code. */
const lineRows = memoiseByObjectOf((table: Table, _document: DisclosureDocument): Map<string, BodyRow[]> => {
  const byCode = new Map<string, BodyRow[]>();
  for (const row of table.body) {
    for (const { code } of row.codes) {
      if (!LINE_CODE_SET.has(code)) continue;
      const rows = byCode.get(code);
      if (!rows) byCode.set(code, [row]);
      else if (rows[rows.length - 1] !== row) rows.push(row); // (a row listing the code twice counts once)
    }
  }
  return byCode;
});

/**
 * The columns holding a table's basic part: the 基本支出 column, else 人员 + 公用, else 合计 (read once per table
 * and model: each of the four items asks).
 */
const basicColumns = memoiseByObjectOf((table: Table, _document: DisclosureDocument): Column[] => {
  const basic = table.columns.find((c) => columnRole(c) === 'basic');
  if (basic) return [basic];
  const parts = table.columns.filter((c) => columnRole(c) === 'personnel' || columnRole(c) === 'public');
  if (parts.length > 0) return parts;
  const total = table.columns.find((c) => columnRole(c) === 'total');
  return total ? [total] : [];
});

export function basicLine(document: DisclosureDocument, code: string): BasicLine | undefined {
  for (const table of [...tablesOfKind(document, 'general-budget-basic'), ...tablesOfKind(document, 'economic-expenditure')]) {
    const rows = LINE_CODE_SET.has(code) ? lineRows(document, table).get(code) ?? [] : table.body.filter((row) => row.codes.some((c) => c.code === code));
    if (rows.length === 0) continue;
    const columns = basicColumns(document, table);
    if (columns.length === 0) continue;
    const cells: Cell[] = [];
    for (const row of rows) for (const column of columns) {
      const cell = row.cells[column.index];
      if (cell?.amount) cells.push(cell);
    }
    const amounts = cells.map((c) => c.amount!);
    const value = amounts.reduce((acc, a) => acc.plus(a.value), new Decimal(0));
    return { table, rows, cells, value, interval: sum(amounts.map(amountInterval)), amounts };
  }
  return undefined;
}
