/**
 * Two-panel tables: a header that repeats its column sequence (科目编码 | 科目名称 | 决算数 | 科目编码 |
 * 科目名称 | 决算数) prints two lists of rows side by side, as the 上海 基本支出 tables and a paste from Excel
 * produce them. The model reads such a table as one list: the left panel's rows, then the right panel's,
 * each with the first panel's columns. The printed rows are kept for layout (formatting, preview).
 */
import { compactLabel } from './labels';
import { BodyCell } from './bodyCell';
import type { Cell, Column, Range } from './types';

/** Side-by-side summary tables (收 | 支) pair their lines on purpose: they stay one table of pairs. */
const SUMMARY_CAPTION = /收支|收入支出/;

function pathKey(column: Column): string {
  return column.path.map(compactLabel).join('/');
}

/**
 * The width of one panel when the header repeats its column sequence (and the panel holds a code or
 * name column and a figure column), else undefined.
 */
export function panelWidthOf(columns: Column[], captionName: string | undefined): number | undefined {
  const width = columns.length;
  if (width < 4) return undefined;
  if (captionName && SUMMARY_CAPTION.test(compactLabel(captionName))) return undefined;
  // Path keys on demand: most tables fail the first comparisons, so most keys are never needed.
  const keys: Array<string | undefined> = new Array<string | undefined>(width);
  const keyOf = (c: number): string => (keys[c] ??= pathKey(columns[c]!));
  for (let size = 2; size <= width / 2; size++) {
    if (width % size !== 0) continue;
    const first = columns.slice(0, size);
    if (!first.some((c) => c.role !== 'value') || !first.some((c) => c.role === 'value')) continue;
    let emptyKey = false;
    for (let c = 0; c < size && !emptyKey; c++) emptyKey = keyOf(c).length === 0;
    if (emptyKey) continue;
    let repeats = true;
    for (let c = size; c < width && repeats; c++) repeats = keyOf(c) === keyOf(c % size);
    if (repeats) return size;
  }
  return undefined;
}

export interface PanelRow {
  /** The panel's cells, with column indices of the first panel. */
  cells: Cell[];
  panel: number;
  range: Range;
}

/** Splits one printed row into its panels; a panel whose cells are all blank is left out. */
export function splitPrintedRow(cells: Cell[], panelWidth: number, panels: number): PanelRow[] {
  const rows: PanelRow[] = [];
  for (let p = 0; p < panels; p++) {
    // A copy of each cell with the panel's column index (a body cell is copied through toJSON: a spread would
    // miss its range getter).
    const slice = cells
      .slice(p * panelWidth, (p + 1) * panelWidth)
      .map((cell) => ({ ...(cell instanceof BodyCell ? cell.toJSON() : cell), column: cell.column - p * panelWidth }));
    if (slice.length === 0 || slice.every((cell) => cell.kind === 'blank')) continue;
    rows.push({ cells: slice, panel: p, range: { start: slice[0]!.range.start, end: slice[slice.length - 1]!.range.end } });
  }
  return rows;
}
