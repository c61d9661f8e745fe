/**
 * Completion in a table's classification code and name cells: catalog codes of the column's system and
 * the codes the document's other rows write in such columns, filtered by the typed code prefix, by a part
 * of the Chinese name or by its pinyin (initials “shbz” or full “shehuibaozhang”, pinyinMatch.ts),
 * inserting code and name together (for 类/款/项 columns, each part into its own cell).
 */
import type { CompletionContributor, CompletionProposal } from '../features/contributors';
import type { BodyRow, Cell, Column, DisclosureDocument, Position, Range, Table } from '../model/types';
import { LAST_EDITION } from './catalogIndex';
import { shippedCatalog } from './shippedCatalog';
import { nameColumnAfter, systemOfColumn } from './codeSystems';
import { normalizeName } from './names';
import { asPinyinQuery, pinyinFilterText, pinyinMatchRank, warmPinyinCache } from './pinyinMatch';
import { CATALOG_SYSTEMS, LEVEL_NAMES, SYSTEM_NAMES, type CatalogEntry, type CatalogSystem } from './types';

const MAX_PROPOSALS = 200;

/** The entries valid in a year, per catalog (the shipped one, or one with the user's additions). */
const validEntriesCache = new WeakMap<object, Map<string, readonly CatalogEntry[]>>();

function validEntries(catalog: ReturnType<typeof shippedCatalog>, system: CatalogSystem, year: number): readonly CatalogEntry[] {
  let byKey = validEntriesCache.get(catalog);
  if (!byKey) validEntriesCache.set(catalog, (byKey = new Map()));
  const key = `${system}:${year}`;
  let entries = byKey.get(key);
  if (!entries) byKey.set(key, (entries = catalog.validEntries(system, year)));
  return entries;
}

/** Detail and documentation of catalog entries, per catalog (computed once: the path takes lookups). */
const descriptionCache = new WeakMap<object, Map<string, { detail: string; documentation: string }>>();

function entryDescription(catalog: ReturnType<typeof shippedCatalog>, system: CatalogSystem, entry: CatalogEntry, year: number): { detail: string; documentation: string } {
  let byKey = descriptionCache.get(catalog);
  if (!byKey) descriptionCache.set(catalog, (byKey = new Map()));
  const key = `${system}:${entry.code}:${year}`;
  let description = byKey.get(key);
  if (!description) {
    description = {
      detail: `${SYSTEM_NAMES[system]} · ${LEVEL_NAMES[entry.level]}`,
      documentation: [catalog.pathText(system, entry.code, year), entry.explanation ?? ''].filter((t) => t).join('\n\n'),
    };
    byKey.set(key, description);
  }
  return description;
}

/** A code and name to propose: a catalog entry, or a row of the document's own tables. */
interface Candidate {
  code: string;
  name: string;
  /** Detail and documentation, worked out only for the proposals shown. */
  describe(): { detail: string; documentation: string };
}

/**
 * Codes and names the document itself writes in code columns like this one (same leaf header) — unit
 * codes, project codes, and classification codes the catalog does not know — from every other row.
 */
function documentRowCandidates(document: DisclosureDocument, table: Table, current: BodyRow, run: Column[], system: CatalogSystem | undefined): Candidate[] {
  const label = run[0]!.label;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const catalog = shippedCatalog();
  for (const other of document.tables) {
    for (const row of other.body) {
      if (other === table && row === current) continue;
      for (const rowCode of row.codes) {
        const first = rowCode.cells[0];
        const name = rowCode.name?.trim();
        if (!first || !name || other.columns[first.column]?.label !== label || !/^\d+$/.test(rowCode.code)) continue;
        if (system && catalog.history(system, rowCode.code).length > 0) continue; // the catalog's own name wins
        const key = `${rowCode.code} ${name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const where = other.caption?.text ?? `第 ${other.index + 1} 张表`;
        const line = row.range.start.line + 1;
        out.push({ code: rowCode.code, name, describe: () => ({ detail: `本文 · ${where}`, documentation: `见${where}第 ${line} 行。` }) });
      }
    }
  }
  return out;
}

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

  const catalog = shippedCatalog();
  const year = document.meta.year ?? LAST_EDITION;
  // What restricts the candidates: the code parts typed so far (in code cells), or the name typed —
  // in Chinese, or in pinyin (initials or full), also in the first code cell before any digit.
  let codePrefix = '';
  let pinyinQuery: string | undefined;
  if (!onName) {
    for (const c of run) {
      if (c.index === column.index) {
        codePrefix += typedInCell;
        break;
      }
      codePrefix += row.cells[c.index]?.text ?? '';
    }
    if (!/^\d*$/.test(codePrefix)) {
      pinyinQuery = codePrefix === typedInCell ? asPinyinQuery(typedInCell) : undefined;
      if (!pinyinQuery) return [];
      codePrefix = '';
    }
  } else {
    pinyinQuery = asPinyinQuery(typedInCell);
  }
  const nameQuery = onName && !pinyinQuery ? normalizeName(typedInCell) : '';
  const codeGiven = onName && /^\d+$/.test(writtenCode) ? writtenCode : '';

  /** 0: the name starts with what was typed; 1: contains it; undefined: no match. */
  const nameRank = (name: string): number | undefined => {
    if (pinyinQuery) return pinyinMatchRank(pinyinQuery, name);
    if (!nameQuery) return 0;
    const normalized = normalizeName(name);
    return normalized.startsWith(nameQuery) ? 0 : normalized.includes(nameQuery) ? 1 : undefined;
  };
  const ranked: Array<{ candidate: Candidate; rank: number; order: number }> = [];
  const consider = (candidate: Candidate): void => {
    if (codePrefix && !candidate.code.startsWith(codePrefix)) return;
    if (onName && codeGiven && !candidate.code.startsWith(codeGiven.slice(0, 3))) return;
    const rank = nameRank(candidate.name);
    if (rank !== undefined) ranked.push({ candidate, rank, order: ranked.length });
  };
  if (system) {
    for (const entry of validEntries(catalog, system, year)) {
      consider({
        code: entry.code,
        name: entry.name,
        describe: () => entryDescription(catalog, system, entry, year),
      });
    }
  }
  for (const candidate of documentRowCandidates(document, table, row, run, system)) consider(candidate);
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const candidates = ranked.slice(0, MAX_PROPOSALS).map((r) => r.candidate);
  const incomplete = pinyinQuery !== undefined || ranked.length > MAX_PROPOSALS;

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
    // The editor filters by what was typed since the range start: the pinyin when pinyin was typed.
    const filterTail = pinyinQuery ? pinyinFilterText(entry.name) : onName ? entry.name : parts.slice(run.findIndex((c) => c.index === column.index)).join(' | ');
    return {
      label: `${entry.code} ${entry.name}`,
      ...entry.describe(),
      insertText,
      range,
      filterText: `${before}${filterTail}`,
      sortText: String(i).padStart(4, '0'),
      kind: 'code' as const,
      // Pinyin is matched here, not by the editor's filter; a cut-off list must be asked for again.
      ...(incomplete ? { incomplete } : {}),
    };
  });
};

/** Prepares pinyin matching of every catalog name in the background (the language server calls it once). */
export function warmCodeCompletion(): void {
  const catalog = shippedCatalog();
  const names = new Set<string>();
  for (const system of CATALOG_SYSTEMS) for (const entry of catalog.validEntries(system, LAST_EDITION)) names.add(entry.name);
  warmPinyinCache([...names]);
}
