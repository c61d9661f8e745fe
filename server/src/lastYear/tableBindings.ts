/**
 * This year's 上年 cells bound to the cells of last year's document that state the same figure: the table
 * of the same kind (or the same caption name), the column measuring the same thing in last year's own
 * year, the row with the same code — or, for rows without a code, the same label. A code match or a unique
 * label match is certain; a row whose code is not found but whose name is, only by name (a warning at most).
 */
import { compactLabel } from '../model/labels';
import type { BodyRow, Cell, Column, DisclosureDocument, Table } from '../model/types';
import type { TableFigure } from '../prose/tableFigures';
import { columnPeriod, type ColumnPeriodInfo } from '../analysis/columnPeriods';
import { keptOn, memoSlot } from '../memoise';

export type BindingCertainty = 'certain' | 'name';

export interface TableCellBinding {
  /** This year's 上年 cell. */
  mine: TableFigure;
  /** Last year's cell stating the same figure. */
  last: TableFigure;
  certainty: BindingCertainty;
  /** How the row was matched, for messages: `按编码 2080505 对应`, `按名称“合计”对应`. */
  matchedBy: string;
}

const ORDINAL = /^(?:[一二三四五六七八九十廿]+[、．.]|[（(][一二三四五六七八九十廿\d]+[）)]|\d+[.、．]|[①-⑳]|其中[:：]?)+/;

/** A row label compared across years: no white space, no list numbering (一、 （一） 1.). */
function normalizedLabel(text: string): string {
  return compactLabel(text).replace(ORDINAL, '');
}

function captionKey(table: Table): string {
  return compactLabel(table.caption?.name ?? '').replace(/20\d{2}年度?/g, '');
}

/** Last year's table of the same kind (unique), or with the same caption name once years are removed. */
function counterpartTable(table: Table, last: DisclosureDocument): Table | undefined {
  if (table.kind === 'performance') return undefined;
  const key = captionKey(table);
  const named = key ? last.tables.filter((t) => captionKey(t) === key && (table.kind === 'unknown' || t.kind === table.kind)) : [];
  if (named.length === 1) return named[0];
  if (table.kind === 'unknown') return undefined;
  const sameKind = last.tables.filter((t) => t.kind === table.kind);
  return sameKind.length === 1 ? sameKind[0] : undefined;
}

/** Which name column a value column belongs to (side-by-side panels: 收入 | 预算数 | 支出 | 预算数). */
function panelOf(table: Table, column: Column): number {
  return table.columns.filter((c) => c.role === 'name' && c.index < column.index).length;
}

function namePanels(table: Table): number {
  return table.columns.filter((c) => c.role === 'name').length;
}

/**
 * The column of `lastTable` holding its own year's figure (本年 / 当年 / no period) that measures what
 * `column` measures: the same measure path, else the only one with the same role; same panel in
 * side-by-side tables. With `lastTable === table` it is the 本年 column beside a 上年 column.
 */
export function counterpartColumn(table: Table, column: Column, info: ColumnPeriodInfo, lastTable: Table, lastYear: number | undefined): Column | undefined {
  let candidates = lastTable.columns
    .filter((c) => c.role === 'value')
    .map((c) => ({ column: c, info: columnPeriod(c, lastYear) }))
    .filter((c) => c.info.period === 'current');
  if (namePanels(table) > 1 && namePanels(lastTable) === namePanels(table)) {
    const panel = panelOf(table, column);
    candidates = candidates.filter((c) => panelOf(lastTable, c.column) === panel);
  }
  const measure = info.measure.join('/');
  const exact = candidates.filter((c) => c.info.measure.join('/') === measure);
  if (exact.length === 1) return exact[0]!.column;
  if (exact.length > 1 || info.role === 'other') return undefined;
  const byRole = candidates.filter((c) => c.info.role === info.role);
  return byRole.length === 1 ? byRole[0]!.column : undefined;
}

/** The label a value cell is read against: the nearest name column to its left, else the row's label. */
export function rowLabel(table: Table, row: BodyRow, column: Column): string {
  for (let i = column.index - 1; i >= 0; i--) {
    const c = table.columns[i];
    if (c?.role !== 'name') continue;
    const text = row.cells[i]?.text ?? '';
    if (text && text !== '^' && text !== '<') return normalizedLabel(text);
  }
  return normalizedLabel(row.label);
}

function figureRows(table: Table): BodyRow[] {
  return table.body.filter((row) => row.cells.some((cell) => cell.kind === 'amount'));
}

function codesKey(row: BodyRow): string {
  return row.codes.map((c) => `${c.group}:${c.code}`).join('|');
}

function counterpartRow(
  table: Table,
  row: BodyRow,
  column: Column,
  lastTable: Table,
  lastColumn: Column,
): { row: BodyRow; certainty: BindingCertainty; matchedBy: string } | undefined {
  if (row.codes.length > 0) {
    const key = codesKey(row);
    const same = lastTable.body.filter((r) => codesKey(r) === key);
    if (same.length === 1) return { row: same[0]!, certainty: 'certain', matchedBy: `按编码 ${row.code} 对应` };
    if (same.length > 1) return undefined;
    const first = lastTable.body.filter((r) => r.code === row.code);
    if (first.length === 1) return { row: first[0]!, certainty: 'certain', matchedBy: `按编码 ${row.code} 对应` };
    if (first.length > 1) return undefined;
    const name = normalizedLabel(row.name ?? row.label);
    if (!name) return undefined;
    const named = lastTable.body.filter((r) => normalizedLabel(r.name ?? r.label) === name);
    return named.length === 1 ? { row: named[0]!, certainty: 'name', matchedBy: `仅按名称“${name}”对应，编码 ${row.code} 上年未出现` } : undefined;
  }
  const label = rowLabel(table, row, column);
  if (!label) {
    // A table of one figure row without labels (a “三公” table with its items as columns).
    const mine = figureRows(table);
    const theirs = figureRows(lastTable);
    return mine.length === 1 && mine[0] === row && theirs.length === 1 ? { row: theirs[0]!, certainty: 'certain', matchedBy: '按表中唯一的数据行对应' } : undefined;
  }
  const same = lastTable.body.filter((r) => rowLabel(lastTable, r, lastColumn) === label);
  if (same.length !== 1) return undefined;
  const certainty: BindingCertainty = same[0]!.codes.length === 0 ? 'certain' : 'name';
  return { row: same[0]!, certainty, matchedBy: `${certainty === 'name' ? '仅' : ''}按名称“${label}”对应` };
}

function isFigure(cell: Cell | undefined): cell is Cell {
  return cell !== undefined && (cell.kind === 'amount' || cell.kind === 'blank');
}

/** Every bindable 上年 cell of `document` (上年执行数 columns left out: last year's budget does not state them). */
function computeBindings(document: DisclosureDocument, last: DisclosureDocument): TableCellBinding[] {
  const bindings: TableCellBinding[] = [];
  for (const table of document.tables) {
    const previous = table.columns
      .filter((c) => c.role === 'value')
      .map((column) => ({ column, info: columnPeriod(column, document.meta.year) }))
      .filter((c) => c.info.period === 'previous');
    if (previous.length === 0) continue;
    const lastTable = counterpartTable(table, last);
    if (!lastTable) continue;
    for (const { column, info } of previous) {
      const lastColumn = counterpartColumn(table, column, info, lastTable, last.meta.year);
      if (!lastColumn) continue;
      for (const row of table.body) {
        const cell = row.cells[column.index];
        if (!isFigure(cell)) continue;
        const match = counterpartRow(table, row, column, lastTable, lastColumn);
        if (!match) continue;
        const lastCell = match.row.cells[lastColumn.index];
        if (!isFigure(lastCell)) continue;
        if (cell.kind === 'blank' && lastCell.kind === 'blank') continue;
        bindings.push({
          mine: { table, row, column, cell },
          last: { table: lastTable, row: match.row, column: lastColumn, cell: lastCell },
          certainty: match.certainty,
          matchedBy: match.matchedBy,
        });
      }
    }
  }
  return bindings;
}

const BINDINGS = memoSlot('tableCellBindings');

export function tableCellBindings(document: DisclosureDocument, last: DisclosureDocument): TableCellBinding[] {
  // Kept on the document, for one last-year document at a time.
  const kept = keptOn(document, BINDINGS, () => ({ last: undefined as DisclosureDocument | undefined, bindings: [] as TableCellBinding[] }));
  if (kept.last !== last) {
    kept.bindings = computeBindings(document, last);
    kept.last = last;
  }
  return kept.bindings;
}
