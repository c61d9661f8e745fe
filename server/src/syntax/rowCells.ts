/**
 * The cells of a row node (RowLineNode keeps them flat: spans in one array of numbers, texts only where they
 * are not slices of the source). `source` is the parsed text: the document's text, whose offsets the spans are.
 */
import type { RowLineNode, TextPiece } from './syntaxTree';

export function cellCount(row: RowLineNode): number {
  return row.cellSpans.length >> 1;
}

/** The raw (untrimmed) text of piece `index`. */
export function cellText(row: RowLineNode, source: string, index: number): string {
  const texts = row.cellTexts;
  if (texts !== undefined) return texts[index]!;
  return source.slice(row.cellSpans[2 * index]!, row.cellSpans[2 * index + 1]!);
}

/** Piece `index` as a text piece (for the few readers that want objects: tests, error reports). */
export function cellPiece(row: RowLineNode, source: string, index: number): TextPiece {
  return { text: cellText(row, source, index), start: row.cellSpans[2 * index]!, end: row.cellSpans[2 * index + 1]! };
}

/** All pieces of the row as text pieces. */
export function rowCells(row: RowLineNode, source: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (let i = 0; i < cellCount(row); i++) pieces.push(cellPiece(row, source, i));
  return pieces;
}
