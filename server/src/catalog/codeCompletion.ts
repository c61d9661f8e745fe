/**
 * Completion in a table's classification code and name cells: catalog codes of the column's system,
 * filtered by the typed code prefix or by a part of the Chinese name, inserting code and name together
 * (for 类/款/项 columns, each part into its own cell).
 */
import type { CompletionContributor, CompletionProposal } from '../features/contributors';
import type { BodyRow, Cell, Column, DisclosureDocument, Position, Range, Table } from '../model/types';
import { LAST_EDITION } from './catalogIndex';
import { shippedCatalog } from './shippedCatalog';
import { nameColumnAfter, systemOfColumn } from './codeSystems';
import { normalizeName } from './names';
import { LEVEL_NAMES, SYSTEM_NAMES, type CatalogEntry } from './types';

const MAX_PROPOSALS = 200;

/** The cell the cursor is in: the last cell starting at or before it. */
function cellAt(row: BodyRow, position: Position): Cell | undefined {
  let found: Cell | undefined;
  for (const cell of row.cells) if (cell.range.start.character <= position.character) found = cell;
  return found;
}

/** The code columns of the run (类/款/项 split, or one column) that `column` belongs to. */
function codeRun(table: Table, column: Column): Column[] {
  if (!column.codePart) return [column];
  let first = column.index;
  const same = (c: Column | undefined): boolean => c !== undefined && c.role === 'code' && c.codePart !== undefined && c.group === column.group;
  while (first > 0 && same(table.columns[first - 1]) && table.columns[first]!.codePart !== '类') first--;
  const run: Column[] = [];
  for (let c = first; same(table.columns[c]); c++) {
    if (c > first && table.columns[c]!.codePart === '类') break;
    run.push(table.columns[c]!);
  }
  return run;
}

function partsOf(code: string, run: Column[]): string[] {
  if (run.length <= 1 || !run[0]!.codePart) return [code];
  const parts: Record<string, string> = { 类: code.slice(0, 3), 款: code.slice(3, 5), 项: code.slice(5, 7) };
  return run.map((column) => parts[column.codePart!] ?? '');
}

export const codeCompletion: CompletionContributor = (document: DisclosureDocument, position: Position): CompletionProposal[] => {
  const table = document.tables.find((t) => t.range.start.line <= position.line && position.line <= t.range.end.line);
  if (!table) return [];
  const row = table.body.find((r) => r.range.start.line === position.line);
  if (!row) return [];
  const cell = cellAt(row, position);
  if (!cell) return [];
  const column = table.columns[cell.column];
  if (!column) return [];
  const lineText = document.lineIndex.lineText(position.line);
  const typedInCell = lineText.slice(cell.range.start.character, position.character).trim();

  let run: Column[];
  let onName = false;
  if (column.role === 'code') run = codeRun(table, column);
  else if (column.role === 'name') {
    const previous = table.columns[column.index - 1];
    if (!previous || previous.role !== 'code') return [];
    run = codeRun(table, previous);
    onName = true;
  } else return [];
  if (run.length === 0) return [];
  const lastCodeColumn = run[run.length - 1]!.index;
  const nameColumn = nameColumnAfter(table, lastCodeColumn);
  const runCells = run.map((c) => row.cells[c.index]);
  const writtenCode = runCells.map((c) => c?.text ?? '').join('').replace(/[\s\u3000]/g, '');
  const system = systemOfColumn(table, run[0]!.index, nameColumn, onName ? writtenCode : writtenCode || typedInCell);
  if (!system) return [];

  const catalog = shippedCatalog();
  const year = document.meta.year ?? LAST_EDITION;
  // What restricts the candidates: the code parts typed so far (in code cells), or the name typed.
  let codePrefix = '';
  if (!onName) {
    for (const c of run) {
      if (c.index === column.index) {
        codePrefix += typedInCell;
        break;
      }
      codePrefix += row.cells[c.index]?.text ?? '';
    }
    if (!/^\d*$/.test(codePrefix)) return [];
  }
  const nameQuery = onName ? normalizeName(typedInCell) : '';
  const codeGiven = onName && /^\d+$/.test(writtenCode) ? writtenCode : '';

  const candidates: CatalogEntry[] = [];
  for (const entry of catalog.validEntries(system, year)) {
    if (codePrefix && !entry.code.startsWith(codePrefix)) continue;
    if (onName && codeGiven && !entry.code.startsWith(codeGiven.slice(0, 3))) continue;
    if (nameQuery && !normalizeName(entry.name).includes(nameQuery)) continue;
    candidates.push(entry);
    if (candidates.length >= MAX_PROPOSALS) break;
  }

  if (nameQuery) {
    const rank = (entry: CatalogEntry): number => (normalizeName(entry.name).startsWith(nameQuery) ? 0 : 1);
    candidates.sort((a, b) => rank(a) - rank(b));
  }
  // Replace the code cells (and the name cell) when the code is still to be written; else only the name.
  const firstCell = runCells[0];
  const nameCell = nameColumn !== undefined ? row.cells[nameColumn] : undefined;
  const replaceCode = !onName || codeGiven.length === 0;
  const start = replaceCode ? (firstCell ?? cell).range.start : cell.range.start;
  const end = nameCell && nameCell.range.end.character >= position.character ? nameCell.range.end : cell.range.end.character >= position.character ? cell.range.end : position;
  const range: Range = { start, end: end.character < position.character ? position : end };
  const before = lineText.slice(start.character, cell.range.start.character);

  return candidates.map((entry, i) => {
    const parts = partsOf(entry.code, run);
    const insertText = replaceCode ? `${[...parts, entry.name].join(' | ')}${nameCell ? '' : ' |'}` : entry.name;
    const filterTail = onName ? entry.name : parts.slice(run.findIndex((c) => c.index === column.index)).join(' | ');
    return {
      label: `${entry.code} ${entry.name}`,
      detail: `${SYSTEM_NAMES[system]} · ${LEVEL_NAMES[entry.level]}`,
      documentation: [catalog.pathText(system, entry.code, year), entry.explanation ?? ''].filter((t) => t).join('\n\n'),
      insertText,
      range,
      filterText: `${before}${filterTail}`,
      sortText: String(i).padStart(4, '0'),
      kind: 'code' as const,
    };
  });
};
