/**
 * A table's body rows: each row node's cells (trimmed, classified, SYN004/SYN009 reported) and the row read
 * from them (indent, codes, name, label). The bulk of the model: tens of thousands of cells per document,
 * so each cell is built in one pass, with no intermediate objects beyond what the model keeps.
 */
import type { RowLineNode } from '../syntax/syntaxTree';
import { cellCount, cellPiece } from '../syntax/rowCells';
import type { AmountUnit } from '../numeric/units';
import { normalizeNumberChars } from '../numeric/numberText';
import { BuildContext, trimSpan } from './context';
import { classifyCell, isMalformedNumber } from './cells';
import type { LineRanges } from './lineRanges';
import type { BodyRow, Cell, Column, Range, RowCode } from './types';

/** What the cells of every body row of one table are read with. */
export interface CellReading {
  /** The printed columns (all panels). */
  columns: Column[];
  /** The header's width: pieces beyond it are reported (SYN004). */
  width: number;
  tableUnit: AmountUnit;
  /** Whether value cells that look like malformed numbers are reported (SYN009). */
  checkNumbers: boolean;
  context: BuildContext;
}

/** The white space trimSpan removes: space, tab, ideographic space. */
function isCellSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/** A cell's trimmed span, written by trimmedCell (one record reused: it runs for every cell). */
export interface CellSpan {
  start: number;
  end: number;
}

/**
 * Piece `index` of `row` as the cell holds it: trimmed of spaces, tabs and ideographic spaces (as trimSpan
 * does, without its objects), with escaped pipes unescaped; its span is written into `span`. The piece is
 * trimmed where it lies in `source` and sliced once (unless the parser kept its text: row.cellTexts).
 * `mayHoldBackslash`: false when the document has no backslash at all (BuildContext.hasBackslash).
 */
export function trimmedCell(row: RowLineNode, index: number, source: string, mayHoldBackslash: boolean, span: CellSpan): string {
  const pieceStart = row.cellSpans[2 * index]!;
  const texts = row.cellTexts;
  // The piece's characters: [first, last) of `raw`, which is the source itself or the kept text.
  const raw = texts === undefined ? source : texts[index]!;
  const offset = texts === undefined ? 0 : pieceStart;
  let first = texts === undefined ? pieceStart : 0;
  let last = texts === undefined ? row.cellSpans[2 * index + 1]! : raw.length;
  while (first < last && isCellSpace(raw.charCodeAt(first))) first++;
  while (last > first && isCellSpace(raw.charCodeAt(last - 1))) last--;
  let backslash = false;
  for (let i = first; i < last && mayHoldBackslash && !backslash; i++) backslash = raw.charCodeAt(i) === 0x5c;
  const trimmed = first === 0 && last === raw.length ? raw : raw.slice(first, last);
  span.start = offset + first;
  span.end = offset + last;
  return backslash ? unescapePipes(trimmed) : trimmed;
}

/** `\|` → `|` (a pipe inside a cell). */
function unescapePipes(text: string): string {
  return text.includes('\\|') ? text.replace(/\\\|/g, '|') : text;
}

/** The record trimmedCell writes each body cell's span into. */
const CELL_SPAN: CellSpan = { start: 0, end: 0 };

/** The cells of a body row: each piece trimmed (as trimSpan trims), pipes unescaped, classified by its column. */
export function buildCells(row: RowLineNode, ranges: LineRanges, reading: CellReading): Cell[] {
  const { columns, width, tableUnit, checkNumbers, context } = reading;
  const count = cellCount(row);
  if (width > 0 && count > width) {
    const firstPiece = cellPiece(row, context.text, width);
    const lastPiece = cellPiece(row, context.text, count - 1);
    const first = trimSpan(firstPiece.text, firstPiece);
    const last = trimSpan(lastPiece.text, lastPiece);
    context.report(
      'SYN004',
      'warning',
      `此行有 ${count} 个单元格，表头只有 ${width} 列；多出的单元格不参与检查。`,
      { start: first.span.start, end: last.span.end },
    );
  }
  const cells: Cell[] = new Array<Cell>(count);
  const span = CELL_SPAN;
  for (let column = 0; column < count; column++) {
    const text = trimmedCell(row, column, context.text, context.hasBackslash, span);
    const start = span.start;
    const end = span.end;
    const col = columns[column];
    const role = col === undefined ? 'value' : col.role;
    const cell = classifyCell(text, start, end, ranges, column, role, col?.unit ?? tableUnit);
    if (checkNumbers && role === 'value' && cell.kind === 'text' && isMalformedNumber(text)) {
      context.report('SYN009', 'error', `“${text}”不是有效的金额（千分位须三位一组，小数点只能有一个）。`, { start, end });
    }
    cells[column] = cell;
  }
  return cells;
}

/** Code columns read together: one run of a group's code columns (类 + 款 + 项, or a single code column). */
export interface CodeRun {
  start: number;
  end: number;
  group: string;
  /** The name column right after the run, if any. */
  nameColumn: number | undefined;
}

/** The table's code runs, found once per table rather than per row. */
export function codeRunsOf(columns: Column[]): CodeRun[] {
  const runs: CodeRun[] = [];
  let c = 0;
  while (c < columns.length) {
    const column = columns[c]!;
    if (column.role !== 'code') {
      c++;
      continue;
    }
    const group = column.group;
    const start = c;
    while (c < columns.length && columns[c]!.role === 'code' && columns[c]!.group === group) {
      c++;
      if (!columns[c - 1]!.codePart) break; // a single code column stands alone
    }
    runs.push({ start, end: c, group, nameColumn: columns[c]?.role === 'name' ? c : undefined });
  }
  return runs;
}

/** What every body row of one table (or one panel of it) is assembled with. */
export interface RowReading {
  /** The table's columns (the first panel's, in a panelled table). */
  columns: Column[];
  codeRuns: CodeRun[];
  /** Whether any column is a name column (else no cell is looked at for the row's name). */
  hasNameColumn: boolean;
  /** The document's text (the row nodes' cells are spans of it). */
  source: string;
}

export function rowReadingOf(columns: Column[], source: string): RowReading {
  return { columns, codeRuns: codeRunsOf(columns), hasNameColumn: columns.some((column) => column.role === 'name'), source };
}

/** Ideographic spaces after the leading spaces and tabs of `raw.slice(from, to)`. */
function leadingIdeographicSpaces(raw: string, from: number, to: number): number {
  let i = from;
  while (i < to && (raw.charCodeAt(i) === 0x20 || raw.charCodeAt(i) === 0x09)) i++;
  const start = i;
  while (i < to && raw.charCodeAt(i) === 0x3000) i++;
  return i - start;
}

/** leadingIdeographicSpaces of piece `index` of `row`, read where it lies. */
function pieceIndent(row: RowLineNode, index: number, source: string): number {
  const texts = row.cellTexts;
  if (texts !== undefined) return leadingIdeographicSpaces(texts[index]!, 0, texts[index]!.length);
  return leadingIdeographicSpaces(source, row.cellSpans[2 * index]!, row.cellSpans[2 * index + 1]!);
}

/**
 * A body row from its cells: all of a printed row, or panel `panel` of it (then its cells are the node's
 * from `offset` on).
 */
export function assembleRow(
  node: RowLineNode,
  cells: Cell[],
  index: number,
  reading: RowReading,
  range: Range,
  panel?: number,
  offset = 0,
): BodyRow {
  const columns = reading.columns;
  // The first non-empty cell's untrimmed text tells the indent (a cell's text is its piece trimmed).
  let indent = 0;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.text.length > 0) {
      indent = pieceIndent(node, offset + i, reading.source);
      break;
    }
  }
  const codes = reading.codeRuns.length > 0 ? rowCodes(cells, reading.codeRuns) : [];
  let nameCell: Cell | undefined;
  let firstText: Cell | undefined;
  const lookForName = reading.hasNameColumn;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (lookForName && nameCell === undefined && cell.kind !== 'blank' && columns[cell.column]?.role === 'name') nameCell = cell;
    if (firstText === undefined && cell.kind === 'text') {
      firstText = cell;
      if (!lookForName) break;
    }
    if (nameCell !== undefined && firstText !== undefined) break;
  }
  const label = nameCell?.text ?? firstText?.text ?? '';
  const bodyRow: BodyRow = { index, range, cells, indent, codes, label };
  if (codes.length > 0) bodyRow.code = codes[0]!.code;
  if (nameCell) bodyRow.name = nameCell.text;
  if (panel !== undefined) bodyRow.panel = panel;
  return bodyRow;
}

/** Codes of a row: each run of code columns of one group, joined (类 + 款 + 项), with the name after it. */
function rowCodes(cells: Cell[], runs: CodeRun[]): RowCode[] {
  const codes: RowCode[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    let parts: Cell[] | undefined;
    for (let c = run.start; c < run.end; c++) {
      const cell = cells[c];
      if (cell !== undefined && cell.kind === 'code') {
        if (parts === undefined) parts = [cell];
        else parts.push(cell);
      }
    }
    if (parts === undefined) continue;
    // A code cell holds digits and letters only: normalising number characters turns its full-width digits to ASCII.
    let code = normalizeNumberChars(parts[0]!.text);
    for (let p = 1; p < parts.length; p++) code += normalizeNumberChars(parts[p]!.text);
    const rowCode: RowCode = {
      code,
      cells: parts,
      range: { start: parts[0]!.range.start, end: parts[parts.length - 1]!.range.end },
      group: run.group,
    };
    const nameCell = run.nameColumn !== undefined ? cells[run.nameColumn] : undefined;
    if (nameCell && nameCell.kind !== 'blank') {
      rowCode.name = nameCell.text;
      rowCode.nameCell = nameCell;
    }
    codes.push(rowCode);
  }
  return codes;
}
