/**
 * Where a table's header ends: above the first row that carries data — a figure, a classification code
 * in front, or a total label followed only by figures or blanks. 栏次 rows (1 2 3 … under the header)
 * belong to the header.
 */
import { isFigure } from './text';

const TOTAL_LABEL = /^(合\s*计|总\s*计|小\s*计|收入总计|支出总计|本年收入合计|本年支出合计)/;
const CODE = /^\d{3}(\d{2}){0,2}$/;

function isDataRow(cells: string[]): boolean {
  const filled = cells.filter((text) => text !== '');
  if (filled.length === 0) return false;
  if (filled.every((text) => /^\d{1,2}$/.test(text) || /^栏\s*次$|^[甲乙丙丁]$/.test(text))) return false;
  if (filled.some((text) => isFigure(text) && !/^\d{1,2}$/.test(text))) return true;
  const first = filled[0]!;
  if (CODE.test(first)) return true;
  return TOTAL_LABEL.test(first) && filled.slice(1).every((text) => isFigure(text));
}

/** The number of header rows of a table given as rows of (unmerged) cell texts; 0 when no data row. */
export function headerRowCountOf(rows: string[][]): number {
  for (let r = 0; r < rows.length; r++) if (isDataRow(rows[r]!)) return r;
  return 0;
}
