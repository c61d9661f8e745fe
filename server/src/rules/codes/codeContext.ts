/**
 * What the code rules share per document (computed once through `RuleContext.shared`): the catalog for
 * the settings, the year searched, and every classification code in the tables (checkedCodes.ts adds what
 * the catalog says about each, nameVerdicts.ts how each name relates to it). Plus message helpers.
 */
import { catalogFor, type ResolvedCatalog } from '../../catalog/catalogProvider';
import { collectCodeOccurrences, type CodeOccurrence } from '../../catalog/codeOccurrences';
import { FIRST_EDITION, LAST_EDITION } from '../../catalog/catalogIndex';
import { SYSTEM_NAMES, isSoftEntry, type CatalogEntry, type CatalogSystem } from '../../catalog/types';
import type { TextEdit } from '../../diagnostics/finding';
import type { Table } from '../../model/types';
import { TABLE_KIND_NAMES } from '../../recognition/tableKinds';
import { memoiseByObject } from '../../memoise';
import type { RuleContext } from '../types';

export function codeCatalog(context: RuleContext): ResolvedCatalog {
  return context.shared('codes/catalog', () => catalogFor(context.settings));
}

export function codeOccurrences(context: RuleContext): CodeOccurrence[] {
  return context.shared('codes/occurrences', () => collectCodeOccurrences(context.document));
}

/** The year whose edition the codes are checked against. */
export function catalogYear(context: RuleContext): number {
  const setting = context.settings.catalogEdition;
  if (typeof setting === 'number') return setting;
  return context.document.meta.year ?? LAST_EDITION;
}

/**
 * How far the catalog speaks for a system in the document's year (docs/catalog.md): `edition` — an edition
 * of the catalog (2023–2026); `before-editions` — an earlier year, known only through the recorded renames,
 * so an absence proves nothing; `other-classification` — the economic classifications before their 2018
 * reform (30311 住房公积金 …), which the catalog does not hold at all.
 */
export type CatalogCoverage = 'edition' | 'before-editions' | 'other-classification';

export const ECONOMIC_REFORM_YEAR = 2018;

export function catalogCoverage(context: RuleContext, system: CatalogSystem): CatalogCoverage {
  const year = catalogYear(context);
  if (year >= FIRST_EDITION) return 'edition';
  if (system !== 'functional' && year < ECONOMIC_REFORM_YEAR) return 'other-classification';
  return 'before-editions';
}

/** Said after a finding about a year the catalog has no edition for. */
export function beforeEditionsNote(year: number): string {
  return `（目录只收 ${FIRST_EDITION}–${LAST_EDITION} 年版，${year} 年的科目表未收录，此处仅供参考。）`;
}

/** “附表 4-3 支出总表” / the kind's name when the table has no caption (read once per table: every message names it). */
export const tableLabel: (table: Table) => string = (() => {
  const label = memoiseByObject((table: Table): string => {
    const caption = table.caption;
    if (caption) {
      const text = caption.text.replace(/\s+/g, ' ').trim();
      if (text.length > 0) return text.length > 40 ? `${text.slice(0, 40)}…` : text;
    }
    return TABLE_KIND_NAMES[table.kind];
  });
  return (table: Table): string => label(table)!;
})();

/** “（附表 4-3 支出总表，第 5 行）” */
export function whereIs(occurrence: CodeOccurrence): string {
  return `${tableLabel(occurrence.table)}第 ${occurrence.row.index + 1} 行`;
}

export function systemName(system: CatalogSystem): string {
  return SYSTEM_NAMES[system];
}

export const SOFT_NOTE = '（目录条目未经实际文件印证，仅供参考）';

/** The softer severity and the note when a finding rests on an unattested or uncertain entry. */
export function softness(entry: CatalogEntry | undefined): { soft: boolean; note: string } {
  const soft = entry ? isSoftEntry(entry) : false;
  return { soft, note: soft ? SOFT_NOTE : '' };
}

/**
 * Edits that write `code` into the occurrence's code cells: one code column → the whole code; 类/款/项
 * columns → each cell its part (3 + 2 + 2 digits), blank part cells included.
 */
export function codeEdits(occurrence: CodeOccurrence, code: string): TextEdit[] {
  const first = occurrence.cells[0];
  if (!first) return [];
  const columns = occurrence.table.columns;
  const firstColumn = columns[first.column];
  if (!firstColumn?.codePart) return [{ range: first.range, newText: code }];
  const parts: Record<string, string> = { 类: code.slice(0, 3), 款: code.slice(3, 5), 项: code.slice(5, 7) };
  const edits: TextEdit[] = [];
  for (let c = first.column; c < columns.length; c++) {
    const column = columns[c]!;
    if (column.role !== 'code' || !column.codePart || column.group !== firstColumn.group) break;
    const cell = occurrence.row.cells[c];
    if (!cell) continue;
    const part = parts[column.codePart] ?? '';
    if (cell.text !== part) edits.push({ range: cell.range, newText: part });
  }
  return edits;
}
