/** Naming the figures of identities: table, row and column as the document prints them. */
import { compactLabel } from '../../model/labels';
import type { BodyRow, Cell, Column, Table } from '../../model/types';
import { TABLE_KIND_NAMES } from '../../recognition/tableKinds';
import { memoiseByObject } from '../../memoise';
import type { Term } from './types';

/** `附表 4-3 支出总表`, or the kind's name when the caption is missing; once per table (every message names it). */
export const tableTitle = memoiseByObject(readTableTitle) as (table: Table) => string;

function readTableTitle(table: Table): string {
  if (!table.caption) return TABLE_KIND_NAMES[table.kind];
  return [table.caption.number, table.caption.name].filter((part) => part && part.length > 0).join(' ');
}

/** `208 社会保障和就业支出`, `合计`, or `第 3 行` when the row has no label. */
export function rowTitle(row: BodyRow): string {
  const label = compactLabel(row.label) === '' ? '' : row.label.trim();
  if (row.code && label) return `${row.code} ${label}`;
  if (row.code) return row.code;
  if (label) return label;
  return `第 ${row.index + 1} 行`;
}

/** The column's header path, `基本支出/人员经费`, or `第 n 列` when it has no header; once per column. */
export const columnTitle = memoiseByObject(readColumnTitle) as (column: Column) => string;

function readColumnTitle(column: Column): string {
  const path = column.path.map((label) => label.trim()).filter((label) => label.length > 0);
  return path.length > 0 ? path.join('/') : `第 ${column.index + 1} 列`;
}

export function makeTerm(table: Table, row: BodyRow, column: Column, label?: string): Term | undefined {
  const cell: Cell | undefined = row.cells[column.index];
  if (!cell) return undefined;
  return { table, row, column, cell, label: label ?? column.label ?? rowTitle(row) };
}

/** Where a figure comes from: `「附表 4-3 支出总表」208 社会保障和就业支出 行「合计」列`. */
export function termLocation(term: Term): string {
  return `「${tableTitle(term.table)}」${term.rowLabel ?? rowTitle(term.row)} 行「${columnTitle(term.column)}」列`;
}

/** A stable key for a cell (table index, row index, column index). */
export function cellKey(term: Term): string {
  return `${term.table.index}:${term.row.index}:${term.column.index}`;
}

/** cellKey(a) === cellKey(b), without building the keys (hot paths of the solver). */
export function sameCell(a: Term, b: Term): boolean {
  return a.row.index === b.row.index && a.column.index === b.column.index && a.table.index === b.table.index;
}
