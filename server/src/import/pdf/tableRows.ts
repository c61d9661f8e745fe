/**
 * A grid of cells → the format's header rows and body rows: where the header ends, merged areas written
 * with the format's conventions (a header label repeated to the right and left empty below; in the body
 * `<` and `^`), blank padding rows and empty columns dropped.
 */
import type { GridCell, GridTable } from './tableFromGrid';
import { isFigure } from '../text';

export interface TableRows {
  header: string[][];
  body: string[][];
  /** Whether the header was recognised (else `header` is empty and every row is in `body`). */
  headerFound: boolean;
}

const TOTAL_LABEL = /^(合\s*计|总\s*计|小\s*计|收入总计|支出总计|本年收入合计|本年支出合计)/;
const CODE = /^\d{3}(\d{2}){0,2}$/;

/** A row that carries data: a figure, a classification code in front, or a total label. */
function isDataRow(row: GridCell[], r: number): boolean {
  const origins = row.filter((cell, c) => cell.row === r && cell.column === c && cell.text !== '');
  if (origins.length === 0) return false;
  // 栏次 rows (1 2 3 … under the header) are part of the header.
  if (origins.every((cell) => /^\d{1,2}$/.test(cell.text) || /^栏次|^[甲乙丙丁]$/.test(cell.text))) return false;
  if (origins.some((cell) => isFigure(cell.text) && !/^\d{1,2}$/.test(cell.text))) return true;
  const first = origins[0]!.text;
  return CODE.test(first) || TOTAL_LABEL.test(first);
}

export function headerRowCount(table: GridTable): number {
  const { cells } = table;
  for (let r = 0; r < cells.length; r++) {
    if (isDataRow(cells[r]!, r)) {
      // A merged area that starts in the header and runs into this row keeps the row in the header.
      let end = r;
      for (let k = 0; k < r; k++) for (const cell of cells[k]!) if (cell.row === k) end = Math.max(end, Math.min(r, cell.row + cell.rowSpan));
      return end;
    }
  }
  return 0;
}

export function tableRows(table: GridTable, headerCount = headerRowCount(table)): TableRows {
  const { cells } = table;
  const header: string[][] = [];
  const body: string[][] = [];
  cells.forEach((row, r) => {
    const inHeader = r < headerCount;
    const texts = row.map((cell, c) => {
      const origin = cell.row === r && cell.column === c;
      if (origin) return cell.text;
      if (inHeader) return cell.row === r ? cell.text : '';
      if (cell.text === '') return '';
      if (cell.row === r) return '<';
      return cell.column === c ? '^' : '<';
    });
    (inHeader ? header : body).push(texts);
  });
  // Empty columns (a ruling artefact or an unused column) go; so do blank padding rows of the body.
  const width = Math.max(0, ...cells.map((r) => r.length));
  const keep = Array.from({ length: width }, (_, c) => [...header, ...body].some((row) => (row[c] ?? '') !== ''));
  const project = (row: string[]): string[] => row.filter((_, c) => keep[c]);
  const cleanBody = body.map(project).filter((row) => row.some((text) => text !== '' && text !== '^' && text !== '<'));
  const cleanHeader = header.map(project).filter((row) => row.some((text) => text !== ''));
  return { header: cleanHeader, body: cleanBody, headerFound: headerCount > 0 };
}
