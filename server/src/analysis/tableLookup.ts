/**
 * Finding figures in tables: a table by kind or number, a row by code or label, a cell by column role.
 * Rules and prose checks use these instead of walking the model themselves.
 */
import { compactLabel } from '../model/labels';
import type { BodyRow, Cell, Column, DisclosureDocument, Table } from '../model/types';
import type { TableKind } from '../recognition/tableKinds';
import { columnRole, columnYear, type ColumnRole } from './columnRoles';
import { columnPeriod } from './columnPeriods';
import { memoiseByObject } from '../memoise';

/** The document's tables grouped by kind, once per model (prose claims ask for the same few kinds per target). */
const tablesByKind = memoiseByObject((document: DisclosureDocument): Map<TableKind, Table[]> => {
  const byKind = new Map<TableKind, Table[]>();
  for (const table of document.tables) {
    const tables = byKind.get(table.kind);
    if (tables) tables.push(table);
    else byKind.set(table.kind, [table]);
  }
  return byKind;
});

const NO_TABLES: readonly Table[] = [];

/** Tables of a kind, in document order (shared: do not mutate). */
export function tablesOfKind(document: DisclosureDocument, kind: TableKind): readonly Table[] {
  return tablesByKind(document)!.get(kind) ?? NO_TABLES;
}

/** A table by its caption number (`附表4-9`, `表 3`; spaces ignored) or its exact caption name. */
export function tableByReference(document: DisclosureDocument, reference: string): Table | undefined {
  const key = compactLabel(reference);
  return (
    document.tables.find((t) => t.caption?.number && compactLabel(t.caption.number) === key) ??
    document.tables.find((t) => t.caption && compactLabel(t.caption.name) === key)
  );
}

/** Per table: its columns by role, in table order (read once; rules ask for roles many times). */
const columnsByRole: (table: Table) => ReadonlyMap<ColumnRole, readonly Column[]> = memoiseByObject(groupColumnsByRole) as (
  table: Table,
) => ReadonlyMap<ColumnRole, readonly Column[]>;

function groupColumnsByRole(table: Table): Map<ColumnRole, Column[]> {
  const byRole = new Map<ColumnRole, Column[]>();
  for (const column of table.columns) {
    const role = columnRole(column);
    const list = byRole.get(role);
    if (list) list.push(column);
    else byRole.set(role, [column]);
  }
  return byRole;
}

const NO_COLUMNS: readonly Column[] = [];

/** Columns of a table with a given role (optionally of a given year, for tables with year groups). */
export function columnsWithRole(table: Table, role: ColumnRole, year?: number): Column[] {
  const columns = columnsByRole(table).get(role) ?? NO_COLUMNS;
  return columns.filter((c) => year === undefined || columnYear(c) === year);
}

/** The first column with a role, preferring the document's own year where columns carry years. */
export function columnWithRole(table: Table, role: ColumnRole, year?: number): Column | undefined {
  const columns = columnsByRole(table).get(role) ?? NO_COLUMNS;
  if (columns.length === 0) return undefined;
  if (year !== undefined) {
    const ofYear = columns.find((c) => columnYear(c) === year);
    if (ofYear) return ofYear;
  }
  return columns.find((c) => columnYear(c) === undefined) ?? columns[columns.length - 1];
}

/** Per table: each code's first row, read once (prose checks look up many codes in the same tables). */
const rowsByCode = memoiseByObject((table: Table): Map<string, BodyRow> => {
  const index = new Map<string, BodyRow>();
  for (const row of table.body) for (const c of row.codes) if (!index.has(c.code)) index.set(c.code, row);
  return index;
});

/** The first row that carries `code`. */
export function rowByCode(table: Table, code: string): BodyRow | undefined {
  return rowsByCode(table)!.get(code);
}

/** A row whose label (name or first text) equals `label`, ignoring white space. */
export function rowByLabel(table: Table, label: string | RegExp): BodyRow | undefined {
  return table.body.find((row) => matchesLabel(row.label, label));
}

function matchesLabel(text: string, label: string | RegExp): boolean {
  const compact = compactLabel(text);
  return typeof label === 'string' ? compact === compactLabel(label) : label.test(compact);
}

/** The 合计 row of a table (a row labelled 合计/总计 with no code), if any; found once per table. */
export const totalRow: (table: Table) => BodyRow | undefined = memoiseByObject(scanForTotalRow);

function scanForTotalRow(table: Table): BodyRow | undefined {
  const labelled = table.body.find((row) => row.codes.length === 0 && /^(?:合计|总计)$/.test(compactLabel(row.label)));
  if (labelled) return labelled;
  // 江苏's 支出预算总表 is one unlabelled row under 合计 | 基本支出 | 项目支出 | …: that row is the total.
  const figures = table.body.filter((row) => row.cells.some((cell) => cell.kind === 'amount'));
  const only = figures.length === 1 ? figures[0]! : undefined;
  return only && only.codes.length === 0 && compactLabel(only.label) === '' ? only : undefined;
}

export function cellAt(row: BodyRow, column: Column | undefined): Cell | undefined {
  if (!column) return undefined;
  return row.cells[column.index];
}

/**
 * Label/value pairs of summary tables printed side by side (收支总表: 项目 | 预算数 | 项目 | 预算数 …):
 * each name column with the first value column after it that holds this year's figure. Returns one list per pair of columns.
 */
export function labelValuePairs(table: Table): Array<{ label: Column; value: Column }> {
  const pairs: Array<{ label: Column; value: Column }> = [];
  for (let i = 0; i + 1 < table.columns.length; i++) {
    const label = table.columns[i]!;
    if (label.role !== 'name') continue;
    // The first value column of this panel that holds this year's figure (not 上年预算数 / 增减).
    for (let j = i + 1; j < table.columns.length && table.columns[j]!.role === 'value'; j++) {
      const value = table.columns[j]!;
      if (columnPeriod(value, undefined).period !== 'current') continue;
      pairs.push({ label, value });
      break;
    }
  }
  return pairs;
}
