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

export function collectCodeOccurrences(document: DisclosureDocument): CodeOccurrence[] {
  const out: CodeOccurrence[] = [];
  for (const table of document.tables) {
    if (!table.columns.some((column) => column.role === 'code')) continue;
    // The system depends on the columns and on the code's first digit only: decide once per table.
    const systems = new Map<string, CatalogSystem | undefined>();
    const systemOf = (codeColumn: number, nameColumn: number | undefined, code: string): CatalogSystem | undefined => {
      const key = `${codeColumn}:${nameColumn ?? ''}:${code.charAt(0)}`;
      if (!systems.has(key)) systems.set(key, systemOfColumn(table, codeColumn, nameColumn, code));
      return systems.get(key);
    };
    for (const row of table.body) {
      let indexInRow = 0;
      for (const rowCode of row.codes) {
        const code = WHITE_SPACE.test(rowCode.code) ? rowCode.code.replace(/[\s\u3000]/g, '') : rowCode.code;
        if (code.length === 0) continue;
        const last = rowCode.cells[rowCode.cells.length - 1]!;
        const system = systemOf(rowCode.cells[0]!.column, rowCode.nameCell?.column ?? nameColumnAfter(table, last.column), code);
        if (!system) continue;
        out.push({
          table,
          row,
          system,
          code,
          cells: rowCode.cells,
          range: rowCode.range,
          ...(rowCode.name !== undefined ? { name: rowCode.name } : {}),
          ...(rowCode.nameCell ? { nameCell: rowCode.nameCell } : {}),
          rowCode,
          indexInRow: indexInRow++,
        });
      }
      // Code cells the model read as text (spaces or punctuation inside): candidates for COD001.
      for (const cell of row.cells) {
        if (cell.kind !== 'text') continue;
        const column = table.columns[cell.column];
        if (!column || column.role !== 'code' || column.codePart || coversColumn(row.codes, cell.column)) continue;
        if (HAS_CJK.test(cell.text) || (cell.text.match(/[0-9０-９]/g) ?? []).length < 3) continue;
        const next = table.columns[cell.column + 1];
        const nameCell = next?.role === 'name' ? row.cells[cell.column + 1] : undefined;
        const code = cell.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
        const system = systemOf(cell.column, nameCell ? cell.column + 1 : undefined, code.replace(/\D/g, ''));
        if (!system) continue;
        out.push({
          table,
          row,
          system,
          code,
          cells: [cell],
          range: cell.range,
          ...(nameCell && nameCell.kind !== 'blank' ? { name: nameCell.text, nameCell } : {}),
          indexInRow: indexInRow++,
        });
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
