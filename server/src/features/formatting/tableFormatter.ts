/**
 * Formats one table: every row as a pipe row (tab-separated rows are converted), cells padded to the
 * column's display width (汉字 count two), figures right-aligned in figure columns, delimiter cells
 * keeping their alignment marks. Optionally respells figures (numberNormalizer). Returns one edit per
 * changed line; nothing but the row lines is touched.
 */
import type { TextEdit } from '../../diagnostics/finding';
import type { Cell, DisclosureDocument, Table } from '../../model/types';
import { looksNumeric } from '../../numeric/numberText';
import { displayWidth } from './displayWidth';
import { normalizeFigure, tableNumberStyle, type SeparatorStyle } from './numberNormalizer';
import { delimiterAlign, isDelimiterCells, splitRow, type DelimiterAlign } from './rowCells';

export interface FormatOptions {
  normalizeNumbers: boolean;
  thousandsSeparator: SeparatorStyle;
}

interface RowLine {
  line: number;
  original: string;
  cells: string[];
  delimiter: boolean;
  /** Model cells by column, for body rows. */
  modelCells?: Map<number, Cell>;
}

/** The table's row lines in order (header rows, delimiter, body), by line number. */
function rowLines(document: DisclosureDocument, table: Table): number[] {
  const lines = new Set<number>();
  for (const row of table.headerRows) lines.add(row.range.start.line);
  if (table.delimiterRange) lines.add(table.delimiterRange.start.line);
  for (const row of table.body) lines.add(row.range.start.line);
  return [...lines].filter((l) => l >= 0 && l < document.lineIndex.lineCount).sort((a, b) => a - b);
}

function pad(text: string, width: number, align: 'left' | 'right' | 'center'): string {
  const space = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(space) + text;
  if (align === 'center') {
    const left = Math.floor(space / 2);
    return ' '.repeat(left) + text + ' '.repeat(space - left);
  }
  return text + ' '.repeat(space);
}

function delimiterCell(align: DelimiterAlign, width: number): string {
  const w = Math.max(3, width);
  switch (align) {
    case 'right':
      return '-'.repeat(w - 1) + ':';
    case 'left':
      return ':' + '-'.repeat(w - 1);
    case 'center':
      return ':' + '-'.repeat(Math.max(1, w - 2)) + ':';
    default:
      return '-'.repeat(w);
  }
}

export function formatTable(document: DisclosureDocument, table: Table, options: FormatOptions): TextEdit[] {
  const bodyByLine = new Map<number, Map<number, Cell>>();
  // Two-panel tables: the printed rows keep the printed column indices.
  for (const row of table.panels?.printedRows ?? table.body) bodyByLine.set(row.range.start.line, new Map(row.cells.map((c) => [c.column, c])));
  const printedColumns = table.panels?.printedColumns ?? table.columns;
  const style = options.normalizeNumbers ? tableNumberStyle(table, options.thousandsSeparator) : undefined;

  const rows: RowLine[] = [];
  for (const line of rowLines(document, table)) {
    const original = document.lineIndex.lineText(line);
    const split = splitRow(original);
    if (!split || split.cells.length === 0) continue;
    const delimiter = isDelimiterCells(split.cells);
    const modelCells = bodyByLine.get(line);
    rows.push({ line, original, cells: split.cells, delimiter, ...(modelCells ? { modelCells } : {}) });
  }
  if (rows.length === 0) return [];

  const aligns: DelimiterAlign[] = rows.find((r) => r.delimiter)?.cells.map(delimiterAlign) ?? [];
  const figureColumn = (column: number): boolean =>
    printedColumns[column]?.role === 'value' || aligns[column] === 'right';

  if (style) {
    for (const row of rows) {
      if (!row.modelCells) continue;
      row.cells = row.cells.map((text, column) => {
        const cell = row.modelCells!.get(column);
        if (!cell || cell.kind !== 'amount' || cell.text !== text || !figureColumn(column)) return text;
        return normalizeFigure(text, style);
      });
    }
  }

  const widths: number[] = [];
  for (const row of rows) {
    if (row.delimiter) continue;
    row.cells.forEach((text, column) => {
      widths[column] = Math.max(widths[column] ?? 3, displayWidth(text));
    });
  }

  const edits: TextEdit[] = [];
  for (const row of rows) {
    const cells = row.cells.map((text, column) => {
      const width = widths[column] ?? 3;
      if (row.delimiter) return delimiterCell(delimiterAlign(text), width);
      let align: 'left' | 'right' | 'center' = 'left';
      if (row.modelCells && figureColumn(column) && (text === '' || looksNumeric(text))) align = 'right';
      else if (row.modelCells && aligns[column] === 'center') align = 'center';
      return pad(text, width, align);
    });
    const formatted = `| ${cells.join(' | ')} |`;
    if (formatted !== row.original) {
      edits.push({
        range: { start: { line: row.line, character: 0 }, end: { line: row.line, character: row.original.length } },
        newText: formatted,
      });
    }
  }
  return edits;
}
