/**
 * Every expenditure classification code written in the document's tables, with its system, its name
 * cell and where it is: the list the code rules and the editor features work from (computed once per
 * document through `RuleContext.shared`).
 */
import type { BodyRow, Cell, DisclosureDocument, Range, RowCode, Table } from '../model/types';
import { nameColumnAfter, systemOfColumn } from './codeSystems';
import { compactLabel } from '../model/labels';
import { isDigit } from '../numeric/characters';
import type { CatalogSystem } from './types';

export interface CodeOccurrence {
  table: Table;
  row: BodyRow;
  system: CatalogSystem;
  /** The code as written, full-width digits made ASCII, parts (类/款/项) joined. */
  code: string;
  /** The cells the code is written in (several for 类/款/项 columns). */
  cells: Cell[];
  range: Range;
  /** The name written beside it. */
  name?: string;
  nameCell?: Cell;
  /** The row code from the model; absent for a code cell the model read as text (e.g. `2101 506`). */
  rowCode?: RowCode;
  /** Index of this code among the row's classification codes (0: the first, e.g. 部门 before 政府). */
  indexInRow: number;
}

const HAS_CJK = /[\u4e00-\u9fff]/;

/** Whether one of the row's codes is written in that column (a row has one to three codes). */
function coversColumn(codes: readonly RowCode[], column: number): boolean {
  for (let r = 0; r < codes.length; r++) {
    const cells = codes[r]!.cells;
    for (let c = 0; c < cells.length; c++) if (cells[c]!.column === column) return true;
  }
  return false;
}

/** Code columns not split into 类/款/项 parts: the only ones whose text cells may hold a code the model did not read. */
function plainCodeColumns(table: Table): number[] {
  const out: number[] = [];
  for (const column of table.columns) if (column.role === 'code' && !column.codePart) out.push(column.index);
  return out;
}

function hasCodeColumn(table: Table): boolean {
  const columns = table.columns;
  for (let c = 0; c < columns.length; c++) if (columns[c]!.role === 'code') return true;
  return false;
}

/** How many digits (ASCII or full-width) the text holds, counted up to `enough`. */
function countDigits(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    if (isDigit(text.charCodeAt(i))) count++;
  }
  return count;
}

/** A number standing for (code column, name column, first character of the code): the key of a table's system cache. */
function systemKey(codeColumn: number, nameColumn: number | undefined, code: string): number | undefined {
  const name = nameColumn ?? -1;
  if (codeColumn >= 0xffff || name >= 0xffff) return undefined; // beyond the key's range: not cached
  const first = code.length > 0 ? code.charCodeAt(0) : 0x10000;
  return (codeColumn * 0x10000 + (name + 1)) * 0x10001 + first;
}

/**
 * The systems of one table's codes. A system depends on the columns and on the code's first character only
 * (`systemOfColumn` reads nothing else of the code), so it is decided once per table and key.
 */
class TableSystems {
  private readonly known = new Map<number, CatalogSystem | undefined>();

  constructor(private readonly table: Table) {}

  of(codeColumn: number, nameColumn: number | undefined, code: string): CatalogSystem | undefined {
    const key = systemKey(codeColumn, nameColumn, code);
    if (key === undefined) return systemOfColumn(this.table, codeColumn, nameColumn, code);
    let system = this.known.get(key);
    if (system === undefined && !this.known.has(key)) this.known.set(key, (system = systemOfColumn(this.table, codeColumn, nameColumn, code)));
    return system;
  }
}

/** The row's codes read by the model, with their systems, appended to `out`; returns the next index in the row. */
function addRowCodes(out: CodeOccurrence[], table: Table, row: BodyRow, systems: TableSystems): number {
  let indexInRow = 0;
  const codes = row.codes;
  for (let r = 0; r < codes.length; r++) {
    const rowCode = codes[r]!;
    const code = compactLabel(rowCode.code);
    if (code.length === 0) continue;
    const cells = rowCode.cells;
    const nameColumn = rowCode.nameCell !== undefined ? rowCode.nameCell.column : nameColumnAfter(table, cells[cells.length - 1]!.column);
    const system = systems.of(cells[0]!.column, nameColumn, code);
    if (!system) continue;
    const occurrence: CodeOccurrence = { table, row, system, code, cells, range: rowCode.range, rowCode, indexInRow: indexInRow++ };
    if (rowCode.name !== undefined) occurrence.name = rowCode.name;
    if (rowCode.nameCell) occurrence.nameCell = rowCode.nameCell;
    out.push(occurrence);
  }
  return indexInRow;
}

/** A text cell of a plain code column, not covered by the row's codes, that holds a code the model did not read (`2101 506`): a candidate for COD001. */
function addTextCode(out: CodeOccurrence[], table: Table, row: BodyRow, cell: Cell, systems: TableSystems, indexInRow: number): boolean {
  if (HAS_CJK.test(cell.text) || countDigits(cell.text, 3) < 3) return false;
  const next = table.columns[cell.column + 1];
  const nameCell = next?.role === 'name' ? row.cells[cell.column + 1] : undefined;
  const code = cell.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const system = systems.of(cell.column, nameCell ? cell.column + 1 : undefined, code.replace(/\D/g, ''));
  if (!system) return false;
  const occurrence: CodeOccurrence = { table, row, system, code, cells: [cell], range: cell.range, indexInRow };
  if (nameCell && nameCell.kind !== 'blank') {
    occurrence.name = nameCell.text;
    occurrence.nameCell = nameCell;
  }
  out.push(occurrence);
  return true;
}

/**
 * The text cells of a row in the given columns, in column order, leaving out the columns the row's codes
 * cover (their cells are code cells, never text; the test reads only the codes, so a row whose codes fill
 * its plain code columns, the usual row, is passed over without a look at its other cells). A row's cells
 * are indexed by column (`row.cells[c].column === c`: buildCells makes one cell per column, in order);
 * should a row ever break that, all its cells are scanned as before.
 */
function uncoveredTextCells(row: BodyRow, columns: readonly number[]): Cell[] | undefined {
  const { cells } = row;
  let out: Cell[] | undefined;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (coversColumn(row.codes, c)) continue;
    const cell = cells[c];
    if (!cell) continue;
    if (cell.column !== c) return cells.filter((other) => other.kind === 'text' && columns.includes(other.column) && !coversColumn(row.codes, other.column));
    if (cell.kind === 'text') (out ??= []).push(cell);
  }
  return out;
}

export function collectCodeOccurrences(document: DisclosureDocument): CodeOccurrence[] {
  const out: CodeOccurrence[] = [];
  const tables = document.tables;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    if (!hasCodeColumn(table)) continue;
    const systems = new TableSystems(table);
    const plainColumns = plainCodeColumns(table);
    const body = table.body;
    for (let b = 0; b < body.length; b++) {
      const row = body[b]!;
      let indexInRow = row.codes.length > 0 ? addRowCodes(out, table, row, systems) : 0;
      if (plainColumns.length === 0) continue;
      // Code cells the model read as text (spaces or punctuation inside): candidates for COD001.
      const textCells = uncoveredTextCells(row, plainColumns);
      if (textCells === undefined) continue;
      for (let c = 0; c < textCells.length; c++) if (addTextCode(out, table, row, textCells[c]!, systems, indexInRow)) indexInRow++;
    }
  }
  return out;
}

/** True when the code has only digits and a length valid for its system. */
export function isWellFormed(system: CatalogSystem, code: string): boolean {
  const length = code.length;
  if (length !== 3 && length !== 5 && !(system === 'functional' && length === 7)) return false;
  for (let i = 0; i < length; i++) {
    const ch = code.charCodeAt(i);
    if (ch < 0x30 || ch > 0x39) return false; // `\d` is ASCII digits only
  }
  return true;
}
