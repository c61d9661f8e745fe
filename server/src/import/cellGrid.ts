/**
 * A grid of cells (from a PDF's ruled table or a worksheet) → the format's header rows and body rows: where the header ends, merged areas written
 * with the format's conventions (a header label repeated to the right and left empty below; in the body
 * `<` and `^`), blank padding rows and empty columns dropped.
 */
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

export function tableRows(table: CellGrid, headerCount = table.headerCount): TableRows {
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
