/**
 * The table figure a prose claim restates: summary totals from the 收支总表 / 支出总表, 三公 items from the
 * 三公 table, classification lines by code or (unique) name, a project's total, an explicit `{=表/行/列}` cell.
 */
import { columnRole } from '../analysis/columnRoles';
import {
  cellAt,
  columnWithRole,
  labelValuePairs,
  rowByCode,
  tableByReference,
  tablesOfKind,
  totalRow,
} from '../analysis/tableLookup';
import { compactLabel } from '../model/labels';
import type { BodyRow, Cell, Column, DisclosureDocument, Table } from '../model/types';
import { isFinalAccounts, type TableKind } from '../recognition/tableKinds';
import type { ClaimTarget, ThreePublicKey } from './labels';
import { keptOn, memoiseByObjectOf, memoSlot } from '../memoise';

export interface TableFigure {
  table: Table;
  row: BodyRow;
  column: Column;
  cell: Cell;
}

/** “附表 4-3 支出总表 行 208 社会保障和就业支出 列 合计”. */
export function describeFigure(figure: TableFigure): string {
  const caption = figure.table.caption;
  const tableName = caption ? `${caption.number ? `${caption.number} ` : ''}${caption.name}` : `第 ${figure.table.index + 1} 张表`;
  const rowName = [figure.row.code, figure.row.label].filter((s) => s && s.length > 0).join(' ') || `第 ${figure.row.index + 1} 行`;
  return `${tableName}“${rowName}”行“${figure.column.path.join('/') || figure.column.label}”列`;
}

/*
 * What the lookups read from a table (its 合计 column, its columns by role, its rows by name …) is read once per
 * table and kept per document model (memoiseByObjectOf).
 */

/** A table's 合计 column for the document's year (columnWithRole). */
const totalColumn = memoiseByObjectOf((table: Table, document: DisclosureDocument): Column | undefined =>
  columnWithRole(table, 'total', document.meta.year),
);

function amountCell(row: BodyRow | undefined, column: Column | undefined, table: Table): TableFigure | undefined {
  if (!row || !column) return undefined;
  const cell = cellAt(row, column);
  if (!cell || (cell.kind !== 'amount' && cell.kind !== 'blank')) return undefined;
  return { table, row, column, cell };
}

/** A label cell of a side-by-side summary table with the value cell of its pair, and its place in reading order. */
interface LabelledValue {
  row: BodyRow;
  value: Column;
  valueCell: Cell;
  order: number;
}

/**
 * A summary table's label cells by compact text, each with its first place in the order the pairs are read
 * (pair by pair, row by row; only where both cells exist): built once per table, so the five summary totals the
 * prose names take one pass over the table instead of one each.
 */
const labelledValues = memoiseByObjectOf((table: Table, _document: DisclosureDocument): Map<string, LabelledValue> => {
  const byLabel = new Map<string, LabelledValue>();
  let order = 0;
  for (const pair of labelValuePairs(table)) {
    for (const row of table.body) {
      const labelCell = row.cells[pair.label.index];
      const valueCell = row.cells[pair.value.index];
      if (!labelCell || !valueCell) continue;
      const label = compactLabel(labelCell.text);
      if (!byLabel.has(label)) byLabel.set(label, { row, value: pair.value, valueCell, order });
      order++;
    }
  }
  return byLabel;
});

/**
 * The first figure labelled by one of `labels` (compact texts) in the first table of the kinds that has such a
 * label; a table whose first such label pairs with no amount gives nothing, and the next table is tried.
 */
function labelled(document: DisclosureDocument, kinds: TableKind[], labels: readonly string[]): TableFigure | undefined {
  for (const kind of kinds) {
    for (const table of tablesOfKind(document, kind)) {
      const index = labelledValues(document, table);
      let found: LabelledValue | undefined;
      for (const label of labels) {
        const candidate = index.get(label);
        if (candidate && (!found || candidate.order < found.order)) found = candidate;
      }
      if (found && found.valueCell.kind === 'amount') return { table, row: found.row, column: found.value, cell: found.valueCell };
    }
  }
  return undefined;
}

function totalOf(document: DisclosureDocument, kinds: TableKind[], role: Parameters<typeof columnWithRole>[1]): TableFigure | undefined {
  for (const kind of kinds) {
    for (const table of tablesOfKind(document, kind)) {
      const row = totalRow(table);
      const figure = amountCell(row, columnWithRole(table, role, document.meta.year), table);
      if (figure && figure.cell.kind === 'amount') return figure;
    }
  }
  return undefined;
}

/** 决算 基本支出表: the 人员经费合计 / 公用经费合计 rows (one figure column, two panels). */
function economicTotal(document: DisclosureDocument, label: RegExp): TableFigure | undefined {
  for (const table of tablesOfKind(document, 'general-budget-basic')) {
    const row = table.body.find((r) => r.codes.length === 0 && label.test(compactLabel(r.label)));
    const column = table.columns.find((c) => c.role === 'value' && row?.cells[c.index]?.kind === 'amount');
    const figure = amountCell(row, column, table);
    if (figure) return figure;
  }
  return undefined;
}

const THREE_PUBLIC_ROLE: Record<ThreePublicKey, Parameters<typeof columnWithRole>[1]> = {
  'three-public-total': 'three-public-total',
  overseas: 'overseas',
  vehicle: 'vehicle',
  'vehicle-purchase': 'vehicle-purchase',
  'vehicle-operation': 'vehicle-operation',
  reception: 'reception',
};

/** The figure row of a 三公 table: its 合计 row, else its first row with amounts. */
export function threePublicRow(table: Table): BodyRow | undefined {
  return totalRow(table) ?? table.body.find((row) => row.cells.some((c) => c.kind === 'amount'));
}

/**
 * What a column's header says about its year: whether a label compares years (上年, 增减 …) and the first year
 * each other label names (read once per column: only currentColumns asks).
 */
function columnYearWords(column: Column): { compares: boolean; years: number[] } {
  const years: number[] = [];
  for (const label of column.path) {
    const compact = compactLabel(label);
    if (/上年|去年|增减|变化|比较/.test(compact)) return { compares: true, years };
    const match = /(20\d{2})/.exec(compact);
    if (match) years.push(Number.parseInt(match[1]!, 10));
  }
  return { compares: false, years };
}

/** Whether a column is about another year than the document's (上年, 2022 年预算数, 增减变化). */
function otherYear(column: Column, year: number | undefined): boolean {
  const words = columnYearWords(column);
  return words.compares || (year !== undefined && words.years.some((named) => named !== year));
}

/** A table's first column of each role for the document's year (never a 上年 / 增减 column). */
const currentColumns = memoiseByObjectOf((table: Table, document: DisclosureDocument): Map<ReturnType<typeof columnRole>, Column> => {
  const byRole = new Map<ReturnType<typeof columnRole>, Column>();
  for (const column of table.columns) {
    const role = columnRole(column);
    if (!byRole.has(role) && !otherYear(column, document.meta.year)) byRole.set(role, column);
  }
  return byRole;
});

/** The column with a role for the document's year (never a 上年 / 增减 column). */
function currentColumn(document: DisclosureDocument, table: Table, role: Parameters<typeof columnWithRole>[1]): Column | undefined {
  return currentColumns(document, table).get(role);
}

const THREE_PUBLIC_ROW: Record<ThreePublicKey, RegExp> = {
  'three-public-total': /^(?:合计|总计|“?三公”?经费合计)$/,
  overseas: /^因公出国[（(]境[）)](?:经)?费(?:用)?$/,
  vehicle: /^公务用车购置及运行(?:维护)?费$/,
  'vehicle-purchase': /^公务用车购置(?:经)?费$/,
  'vehicle-operation': /^公务用车运行(?:维护)?费$/,
  reception: /^公务接待费$/,
};

export function threePublicFigure(document: DisclosureDocument, key: ThreePublicKey): TableFigure | undefined {
  for (const table of tablesOfKind(document, 'three-public')) {
    let column = currentColumn(document, table, THREE_PUBLIC_ROLE[key]);
    if (!column && key === 'three-public-total') {
      // Items as columns: the 合计 column left of the items.
      const total = currentColumn(document, table, 'total');
      if (total && currentColumn(document, table, 'reception')) column = total;
    }
    if (column) {
      const figure = amountCell(threePublicRow(table), column, table);
      if (figure) return figure;
      continue;
    }
    // Items as rows (seed 003): the row named like the item, the 合计 column.
    const total = currentColumn(document, table, 'total');
    const row = table.body.find((r) => THREE_PUBLIC_ROW[key].test(compactLabel(r.label).replace(/^[①-⑳]/, '')));
    const figure = amountCell(row, total, table);
    if (figure) return figure;
  }
  return undefined;
}

function operatingCostFigure(document: DisclosureDocument): TableFigure | undefined {
  for (const table of tablesOfKind(document, 'operating-cost')) {
    const column = currentColumn(document, table, 'total');
    const row = table.body.find((r) => /合计|总计/.test(compactLabel(r.label))) ?? table.body[0];
    const figure = amountCell(row, column, table);
    if (figure && figure.cell.kind === 'amount') return figure;
  }
  return undefined;
}

const CLASSIFICATION_KINDS: TableKind[] = ['expenditure-summary', 'general-budget-expenditure', 'general-budget-basic', 'economic-expenditure'];
const FINAL_CLASSIFICATION_KINDS: TableKind[] = ['general-budget-expenditure', 'expenditure-summary', 'general-budget-basic', 'economic-expenditure'];

/** A table's coded rows by compact name (`row.name ?? row.label`), in body order. */
const codedRowsByName = memoiseByObjectOf((table: Table, _document: DisclosureDocument): Map<string, BodyRow[]> => {
  const index = new Map<string, BodyRow[]>();
  for (const row of table.body) {
    if (row.codes.length === 0) continue;
    const rowName = compactLabel(row.name ?? row.label);
    const rows = index.get(rowName);
    if (rows) rows.push(row);
    else index.set(rowName, [row]);
  }
  return index;
});

function codedRowsNamed(document: DisclosureDocument, table: Table, name: string): readonly BodyRow[] {
  return codedRowsByName(document, table).get(name) ?? [];
}

function classificationFigure(document: DisclosureDocument, name: string, code?: string, level?: string): TableFigure | undefined {
  const wanted = compactLabel(name);
  // A 决算 describes its 功能分类 lines under 一般公共预算财政拨款支出: that table first.
  const kinds = isFinalAccounts(document.meta.kind) ? FINAL_CLASSIFICATION_KINDS : CLASSIFICATION_KINDS;
  for (const kind of kinds) {
    for (const table of tablesOfKind(document, kind)) {
      const column = totalColumn(document, table);
      if (!column) continue;
      if (code) {
        const row = rowByCode(table, code);
        if (row) return amountCell(row, column, table);
        continue;
      }
      // The coded rows named as wanted, and for a 类 also “…支出” 类 rows: in body order (the two sets are disjoint).
      const named = codedRowsNamed(document, table, wanted);
      const classRows = level === '类' ? codedRowsNamed(document, table, `${wanted}支出`).filter((row) => row.code?.length === 3) : [];
      const rows = classRows.length === 0 ? named : inBodyOrder(table, [...named, ...classRows]);
      if (rows.length >= 1 && rows.every((row) => row.code === rows[0]!.code)) return amountCell(rows[0], column, table);
    }
  }
  return undefined;
}

function inBodyOrder(table: Table, rows: BodyRow[]): BodyRow[] {
  const position = new Map(table.body.map((row, i) => [row, i]));
  return rows.sort((a, b) => position.get(a)! - position.get(b)!);
}

/** A project table's first row of each compact name (`row.name ?? row.label`). */
const projectRowsByName = memoiseByObjectOf((table: Table, _document: DisclosureDocument): Map<string, BodyRow> => {
  const byName = new Map<string, BodyRow>();
  for (const row of table.body) {
    const name = compactLabel(row.name ?? row.label);
    if (!byName.has(name)) byName.set(name, row);
  }
  return byName;
});

function projectFigure(document: DisclosureDocument, name: string): TableFigure | undefined {
  const wanted = compactLabel(name);
  for (const table of tablesOfKind(document, 'project-expenditure')) {
    const column = totalColumn(document, table);
    const row = projectRowsByName(document, table).get(wanted);
    const figure = amountCell(row, column, table);
    if (figure) return figure;
  }
  return undefined;
}

/**
 * The figures found per model: by target object first (targetOfLead hands out one object per wording, so most
 * asks are the same object again and need no key), then by the target's JSON (equal targets built elsewhere).
 */
interface TargetFigures {
  byObject: Map<ClaimTarget, TableFigure | undefined>;
  byKey: Map<string, TableFigure | undefined>;
}

const TARGET_FIGURES = memoSlot('figureForTarget');

/** The table figure a target names, if the document has exactly that figure (memoised per model). */
export function figureForTarget(document: DisclosureDocument, target: ClaimTarget): TableFigure | undefined {
  const cache = keptOn(document, TARGET_FIGURES, (): TargetFigures => ({ byObject: new Map(), byKey: new Map() }));
  const known = cache.byObject.get(target);
  if (known !== undefined || cache.byObject.has(target)) return known;
  const key = JSON.stringify(target);
  let figure: TableFigure | undefined;
  if (cache.byKey.has(key)) figure = cache.byKey.get(key);
  else cache.byKey.set(key, (figure = lookUpTarget(document, target)));
  cache.byObject.set(target, figure);
  return figure;
}

function lookUpTarget(document: DisclosureDocument, target: ClaimTarget): TableFigure | undefined {
  switch (target.kind) {
    case 'three-public':
      return threePublicFigure(document, target.key);
    case 'operating-cost':
      return operatingCostFigure(document);
    case 'classification':
      return classificationFigure(document, target.name, target.code, target.level);
    case 'project':
      return projectFigure(document, target.name);
    case 'summary':
      switch (target.key) {
        case 'income-total':
          return labelled(document, ['income-expenditure-summary'], ['收入总计']);
        case 'expense-total':
          return labelled(document, ['income-expenditure-summary'], ['支出总计']);
        case 'current-income':
          return labelled(document, ['income-expenditure-summary'], ['本年收入', '本年收入合计']);
        case 'basic':
          return totalOf(document, ['expenditure-summary', 'general-budget-expenditure'], 'basic');
        case 'project':
          return totalOf(document, ['expenditure-summary', 'general-budget-expenditure'], 'project');
        case 'personnel':
          return totalOf(document, ['general-budget-expenditure', 'general-budget-basic'], 'personnel') ?? economicTotal(document, /^人员经费(?:合计)?$/);
        case 'public':
          return totalOf(document, ['general-budget-expenditure', 'general-budget-basic'], 'public') ?? economicTotal(document, /^公用经费(?:合计)?$/);
        case 'general-budget-expense':
          return totalOf(document, ['general-budget-expenditure'], 'total');
        case 'general-budget-basic':
          return totalOf(document, ['general-budget-expenditure'], 'basic');
        case 'grand-total':
          return labelled(document, ['income-expenditure-summary'], ['总计', '收入总计']);
        case 'fiscal-grand-total':
          return labelled(document, ['fiscal-summary'], ['总计', '收入总计']);
        case 'current-expense':
          return labelled(document, ['income-expenditure-summary'], ['本年支出合计']);
        case 'fiscal-income':
          return isFinalAccounts(document.meta.kind) ? totalOf(document, ['income-summary'], 'general-budget') : undefined;
        default:
          return undefined;
      }
  }
}

/** Resolves an explicit `{=表/行/列}` reference; undefined when it names no cell. */
export function figureForReference(document: DisclosureDocument, reference: string): TableFigure | undefined {
  const parts = reference.split('/').map((p) => p.trim());
  if (parts.length < 3) return undefined;
  const table = tableByReference(document, parts[0]!);
  if (!table) return undefined;
  const rowKey = compactLabel(parts[1]!);
  const row =
    table.body.find((r) => r.codes.some((c) => c.code === rowKey)) ??
    table.body.find((r) => compactLabel(r.name ?? '') === rowKey || compactLabel(r.label) === rowKey);
  if (!row) return undefined;
  const columnKey = parts.slice(2).map(compactLabel);
  const column = table.columns.find((c) => {
    const path = c.path.map(compactLabel);
    if (columnKey.length === 1) return compactLabel(c.label) === columnKey[0];
    return path.length >= columnKey.length && columnKey.every((k, i) => path[path.length - columnKey.length + i] === k);
  });
  const cell = column ? cellAt(row, column) : undefined;
  if (!column || !cell) return undefined;
  return { table, row, column, cell };
}
