/**
 * The header rows of a table → its columns (header paths, roles) and the merged header cells.
 * Conventions (docs/format.md §4.3): in a header row a cell equal to its left neighbour continues it, an
 * empty cell below a filled one continues the cell above; `<` and `^` say the same explicitly.
 */
import { parseUnit, type AmountUnit } from '../numeric/units';
import { compactLabel } from './labels';
import type { Column, ColumnRole, HeaderRow, HeaderSpan } from './types';

const UNIT_IN_LABEL = /[（(]\s*(元|千元|万元|亿元)\s*[）)]/;

export function columnRole(label: string): { role: ColumnRole; codePart?: Column['codePart'] } {
  const compact = compactLabel(label);
  if (compact === '类' || compact === '款' || compact === '项') return { role: 'code', codePart: compact };
  // Suffix tests rather than /(?:编码|代码)$/ and /(?:名称|科目|^项目$)$/: every column of every table is read.
  if (compact.endsWith('编码') || compact.endsWith('代码')) return { role: 'code' };
  if (compact.endsWith('名称') || compact.endsWith('科目') || compact === '项目') return { role: 'name' };
  return { role: 'value' };
}

/**
 * True for a row of column numbers (`1 | 2 | 3 …` or `栏次 | 1 | 2 …`), printed under some headers:
 * it labels no column.
 */
export function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t.length > 0 && t !== '栏次' && t !== '行次');
  if (filled.length < 2) return false;
  return filled.every((t, i) => /^[0-9]+$/.test(t) && (i === 0 || Number(t) > Number(filled[i - 1])));
}

/** The effective text of each header cell after resolving `<` and `^` markers (a column-number row is blank). */
export function resolvedHeaderTexts(headerRows: HeaderRow[], width: number): string[][] {
  const grid: string[][] = [];
  for (let r = 0; r < headerRows.length; r++) {
    if (isColumnNumberRow(headerRows[r]!.cells.map((cell) => cell.text))) {
      grid.push(new Array<string>(width).fill(''));
      continue;
    }
    const row: string[] = [];
    for (let c = 0; c < width; c++) {
      const text = headerRows[r]!.cells[c]?.text ?? '';
      if (text === '<') row.push(c > 0 ? row[c - 1]! : '');
      else if (text === '^') row.push('');
      else row.push(text);
    }
    grid.push(row);
  }
  return grid;
}

/** The columns of a table from its resolved header texts (`resolvedHeaderTexts`) and delimiter alignments. */
export function buildColumns(grid: string[][], width: number, aligns: Array<Column['align']>): Column[] {
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    // (The last label is read only when there is one: `path[-1]` is a slow generic property lookup.)
    for (const row of grid) {
      const text = row[c]!;
      if (text.length > 0 && (path.length === 0 || path[path.length - 1] !== text)) path.push(text);
    }
    const label = path.length > 0 ? path[path.length - 1]! : '';
    const { role, codePart } = columnRole(label);
    const group = path.length <= 1 ? '' : path.length === 2 ? path[0]! : path.slice(0, -1).join('/');
    // Keys in the order every column has them (no spreads: one object shape per variant).
    const column: Column = codePart ? { index: c, path, label, role, codePart, group } : { index: c, path, label, role, group };
    const unit = unitInPath(path);
    if (unit) column.unit = unit;
    const align = aligns[c];
    if (align) column.align = align;
    columns.push(column);
  }
  return columns;
}

/** The first unit a header label of the path names (`单价（元）`). */
function unitInPath(path: string[]): AmountUnit | undefined {
  for (const label of path) {
    if (!label.includes('元')) continue; // every unit ends with 元
    const match = UNIT_IN_LABEL.exec(label);
    if (match) return parseUnit(match[1]!);
  }
  return undefined;
}

/** Merged header cells (row/column spans), for rendering and for the header tree. */
export function buildHeaderSpans(headerRows: HeaderRow[], grid: string[][], width: number): HeaderSpan[] {
  const owner: Array<Array<HeaderSpan | undefined>> = grid.map(() => new Array<HeaderSpan | undefined>(width));
  const spans: HeaderSpan[] = [];
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < width; c++) {
      const text = grid[r]![c]!;
      const above = r > 0 ? owner[r - 1]![c] : undefined;
      if (text.length === 0 && above) {
        // Continue the cell above (vertical merge) when it spans exactly this column range.
        if (above.column === c || owner[r]![c - 1] === above) {
          if (above.row + above.rowSpan === r) above.rowSpan++;
          owner[r]![c] = above;
          continue;
        }
      }
      const left = c > 0 ? owner[r]![c - 1] : undefined;
      const sameParent = r === 0 || owner[r - 1]![c] === owner[r - 1]![c - 1];
      if (left && left.row === r && text.length > 0 && text === left.text && sameParent) {
        left.columnSpan++;
        owner[r]![c] = left;
        continue;
      }
      const cell = headerRows[r]!.cells[c];
      const range = cell?.range ?? headerRows[r]!.range;
      const span: HeaderSpan = { text, row: r, column: c, rowSpan: 1, columnSpan: 1, range };
      spans.push(span);
      owner[r]![c] = span;
    }
  }
  return spans;
}

const PIPE = 0x7c;

/** Reads the alignment hints of a delimiter row (`:--`, `:-:`, `--:`): one per cell between its pipes. */
export function delimiterAligns(text: string): Array<Column['align']> {
  const trimmed = text.trim();
  // One leading and one trailing pipe bound the cells; split the rest at every pipe (no regexps, no split).
  const from = trimmed.charCodeAt(0) === PIPE ? 1 : 0;
  let to = trimmed.length;
  if (to > from && trimmed.charCodeAt(to - 1) === PIPE) to--;
  const aligns: Array<Column['align']> = [];
  let partStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && trimmed.charCodeAt(i) !== PIPE) continue;
    aligns.push(alignOf(trimmed.slice(partStart, i).trim()));
    partStart = i + 1;
  }
  return aligns;
}

function alignOf(part: string): Column['align'] {
  const left = part.startsWith(':');
  const right = part.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return undefined;
}
