/**
 * Classification codes of last year's tables that the next catalog edition renames or retires: each is
 * flagged (a comment above its table, and a notice) for the drafter to decide; nothing is renamed.
 */
import type { CatalogIndex } from '../catalog/catalogIndex';
import { collectCodeOccurrences } from '../catalog/codeOccurrences';
import { nameVerdict } from '../catalog/nameVerdict';
import { SYSTEM_NAMES } from '../catalog/types';
import type { DisclosureDocument, Table } from '../model/types';

export interface CatalogFlag {
  table: Table;
  /** 0-based line of the row in last year's document. */
  line: number;
  message: string;
}

export function catalogFlags(document: DisclosureDocument, catalog: CatalogIndex, lastYear: number): CatalogFlag[] {
  const year = lastYear + 1;
  const flags: CatalogFlag[] = [];
  const seen = new Set<string>();
  for (const occurrence of collectCodeOccurrences(document)) {
    const { system, code, name, table, range } = occurrence;
    const key = `${table.index}:${system}:${code}:${name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const before = catalog.lookup(system, code, lastYear);
    const after = catalog.lookup(system, code, year);
    if (!before) continue; // unknown already last year: the code rules' business
    const where = `${SYSTEM_NAMES[system]} ${code}`;
    if (!after) {
      flags.push({ table, line: range.start.line, message: `${where}“${name ?? before.name}” 在 ${year} 年版目录中已不再使用，请改用新科目。` });
      continue;
    }
    if (!name) continue;
    const then = nameVerdict(catalog, system, code, name, lastYear);
    const now = nameVerdict(catalog, system, code, name, year);
    if (then?.kind === 'current' && now && now.kind !== 'current') {
      flags.push({ table, line: range.start.line, message: `${where} 在 ${year} 年版目录中更名为“${after.name}”（上年为“${name}”），请核对名称。` });
    }
  }
  return flags;
}
