/**
 * Every expenditure classification code written in the document's tables, with its system, its name
 * cell and where it is: the list the code rules and the editor features work from (computed once per
 * document through `RuleContext.shared`).
 */
import type { BodyRow, Cell, DisclosureDocument, Range, RowCode, Table } from '../model/types';
import { nameColumnAfter, systemOfColumn } from './codeSystems';
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
const WHITE_SPACE = /[\s\u3000]/;

/** Whether one of the row's codes is written in that column (a row has one to three codes). */
function coversColumn(codes: readonly RowCode[], column: number): boolean {
  for (const rowCode of codes) for (const cell of rowCode.cells) if (cell.column === column) return true;
  return false;
}

/** Code columns not split into 类/款/项 parts: the only ones whose text cells may hold a code the model did not read. */
function plainCodeColumns(table: Table): number[] {
  const out: number[] = [];
  for (const column of table.columns) if (column.role === 'code' && !column.codePart) out.push(column.index);
  return out;
}

/**
 * The text cells of a row in the given columns, in column order. A row's cells are indexed by column
 * (`row.cells[c].column === c`: buildCells makes one cell per column, in order); should a row ever break
 * that, all its cells are scanned as before.
 */
function textCellsIn(row: BodyRow, columns: readonly number[]): Cell[] {
  const { cells } = row;
  const out: Cell[] = [];
  for (const c of columns) {
    const cell = cells[c];
    if (!cell) continue;
    if (cell.column !== c) return cells.filter((other) => other.kind === 'text' && columns.includes(other.column));
    if (cell.kind === 'text') out.push(cell);
  }
  return out;
}

/** A number standing for (code column, name column, first character of the code): the key of a table's system cache. */
function systemKey(codeColumn: number, nameColumn: number | undefined, code: string): number | undefined {
  const name = nameColumn ?? -1;
  if (codeColumn >= 0xffff || name >= 0xffff) return undefined; // beyond the key's range: not cached
  const first = code.length > 0 ? code.charCodeAt(0) : 0x10000;
  return (codeColumn * 0x10000 + (name + 1)) * 0x10001 + first;
}

export function collectCodeOccurrences(document: DisclosureDocument): CodeOccurrence[] {
  const out: CodeOccurrence[] = [];
  for (const table of document.tables) {
    if (!table.columns.some((column) => column.role === 'code')) continue;
    // The system depends on the columns and on the code's first digit only: decide once per table.
    const systems = new Map<number, CatalogSystem | undefined>();
    const systemOf = (codeColumn: number, nameColumn: number | undefined, code: string): CatalogSystem | undefined => {
      const key = systemKey(codeColumn, nameColumn, code);
      if (key === undefined) return systemOfColumn(table, codeColumn, nameColumn, code);
      let system = systems.get(key);
      if (system === undefined && !systems.has(key)) systems.set(key, (system = systemOfColumn(table, codeColumn, nameColumn, code)));
      return system;
    };
    const plainColumns = plainCodeColumns(table);
    for (const row of table.body) {
      let indexInRow = 0;
      for (const rowCode of row.codes) {
        const code = WHITE_SPACE.test(rowCode.code) ? rowCode.code.replace(/[\s\u3000]/g, '') : rowCode.code;
        if (code.length === 0) continue;
        const last = rowCode.cells[rowCode.cells.length - 1]!;
        const system = systemOf(rowCode.cells[0]!.column, rowCode.nameCell?.column ?? nameColumnAfter(table, last.column), code);
        if (!system) continue;
        const occurrence: CodeOccurrence = { table, row, system, code, cells: rowCode.cells, range: rowCode.range, rowCode, indexInRow: indexInRow++ };
        if (rowCode.name !== undefined) occurrence.name = rowCode.name;
        if (rowCode.nameCell) occurrence.nameCell = rowCode.nameCell;
        out.push(occurrence);
      }
      if (plainColumns.length === 0) continue;
      // Code cells the model read as text (spaces or punctuation inside): candidates for COD001.
      for (const cell of textCellsIn(row, plainColumns)) {
        if (coversColumn(row.codes, cell.column)) continue;
        if (HAS_CJK.test(cell.text) || (cell.text.match(/[0-9０-９]/g) ?? []).length < 3) continue;
        const next = table.columns[cell.column + 1];
        const nameCell = next?.role === 'name' ? row.cells[cell.column + 1] : undefined;
        const code = cell.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
        const system = systemOf(cell.column, nameCell ? cell.column + 1 : undefined, code.replace(/\D/g, ''));
        if (!system) continue;
        const occurrence: CodeOccurrence = { table, row, system, code, cells: [cell], range: cell.range, indexInRow: indexInRow++ };
        if (nameCell && nameCell.kind !== 'blank') {
          occurrence.name = nameCell.text;
          occurrence.nameCell = nameCell;
        }
        out.push(occurrence);
      }
    }
  }
  return out;
}

/** True when the code has only digits and a length valid for its system. */
export function isWellFormed(system: CatalogSystem, code: string): boolean {
  if (!/^\d+$/.test(code)) return false;
  return code.length === 3 || code.length === 5 || (system === 'functional' && code.length === 7);
}
