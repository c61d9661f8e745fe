/**
 * A grid of cells (from a PDF's ruled table or a worksheet) → the format's header rows and body rows: where the header ends, merged areas written
 * with the format's conventions (a header label repeated to the right and left empty below; in the body
 * `<` and `^`), blank padding rows and empty columns dropped.
 */
import { isFigure } from './text';

export interface GridCell {
  text: string;
  /** The merged area this cell belongs to (top-left cell of the span), and the span size. */
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

/** rows × columns; a merged area appears in each of its positions with the same origin. */
export interface CellGrid {
  cells: GridCell[][];
  /** Number of header rows. */
  headerCount: number;
}

export interface TableRows {
  header: string[][];
  body: string[][];
  /** Whether the header was recognised (else `header` is empty and every row is in `body`). */
  headerFound: boolean;
}

export function tableRows(table: CellGrid, headerCount = table.headerCount, keepEmptyColumns = false): TableRows {
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
  // A label merged over the code and name columns (`合计` across 类/款/项/科目名称) goes into the name
  // column, where the format looks for a row's name; the other cells of the area stay empty.
  const leafAt = (c: number): string => {
    for (let r = header.length - 1; r >= 0; r--) if ((header[r]![c] ?? '') !== '') return header[r]![c]!;
    return '';
  };
  body.forEach((texts, i) => {
    const r = headerCount + i;
    cells[r]!.forEach((cell, c) => {
      if (cell.row !== r || cell.column !== c || cell.columnSpan < 2 || cell.rowSpan > 1 || cell.text === '' || isFigure(cell.text)) return;
      const span = Array.from({ length: cell.columnSpan }, (_, k) => c + k);
      const name = span.find((k) => /名称$|^项目$|^科目$/.test(leafAt(k)));
      if (name === undefined || name === c) return;
      for (const k of span) texts[k] = k === name ? cell.text : '';
    });
  });
  // 类 / 款 / 项 printed in the first body row's code cells (beside the 合计 label) belong to the header.
  const first = body[0];
  if (first && first.filter((text) => /^[类款项]$/.test(text)).length >= 2) {
    header.push(first.map((text) => (/^[类款项]$/.test(text) ? text : '')));
    body[0] = first.map((text) => (/^[类款项]$/.test(text) ? '' : text));
  }
  // A name printed under the spill-over of a merged header label and running into the next column
  // (`| 204 | 公共安全支出 | < |` under `功能科目代码 | 功能科目代码 | 功能科目名称`) belongs to that next column.
  const leaf = (c: number): string => {
    for (let r = header.length - 1; r >= 0; r--) if ((header[r]![c] ?? '') !== '') return header[r]![c]!;
    return '';
  };
  for (const row of body) {
    for (let c = 1; c + 1 < row.length; c++) {
      if (row[c] !== '' && row[c] !== '<' && row[c] !== '^' && row[c + 1] === '<' && leaf(c) === leaf(c - 1) && leaf(c + 1) !== leaf(c) && leaf(c + 1) !== '') {
        row[c + 1] = row[c]!;
        row[c] = '';
      }
    }
  }
  // Blank padding rows of the body go (and, unless the caller still joins continuations, empty columns).
  const cleanBody = body.filter((row) => row.some((text) => text !== '' && text !== '^' && text !== '<'));
  const cleanHeader = header.filter((row) => row.some((text) => text !== ''));
  const rows = { header: cleanHeader, body: cleanBody };
  if (!keepEmptyColumns) dropEmptyColumns(rows);
  return { ...rows, headerFound: headerCount > 0 };
}

/** Removes the columns that are empty in every header and body row (a ruling artefact, an unused column). */
export function dropEmptyColumns(table: { header: string[][]; body: string[][] }): void {
  const all = [...table.header, ...table.body];
  const width = Math.max(0, ...all.map((r) => r.length));
  const keep = Array.from({ length: width }, (_, c) => all.some((row) => (row[c] ?? '') !== ''));
  if (keep.every(Boolean)) return;
  const project = (row: string[]): string[] => row.filter((_, c) => keep[c]);
  table.header = table.header.map(project);
  table.body = table.body.map(project);
}
