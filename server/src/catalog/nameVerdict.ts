/**
 * How a printed name relates to the catalog entry of its code: the current name, an earlier name
 * (outdated), a later name (not yet in force), or a wrong name — possibly the name of another code.
 */
import type { CatalogIndex } from './catalogIndex';
import { sameName } from './names';
import type { CatalogEntry, CatalogSystem } from './types';

export type NameVerdict =
  | { kind: 'current'; current: CatalogEntry }
  | { kind: 'outdated'; current: CatalogEntry; matched: CatalogEntry }
  | { kind: 'not-yet'; current: CatalogEntry; matched: CatalogEntry }
  | { kind: 'wrong'; current: CatalogEntry; belongsTo: CatalogEntry[] };

/** Undefined when the code is unknown for the year (COD002's business). */
export function nameVerdict(catalog: CatalogIndex, system: CatalogSystem, code: string, name: string, year: number): NameVerdict | undefined {
  const current = catalog.lookup(system, code, year);
  if (!current) return undefined;
  if (sameName(name, current.name)) return { kind: 'current', current };
  for (const entry of catalog.history(system, code)) {
    if (entry === current || !sameName(name, entry.name)) continue;
    if (entry.validTo !== null && entry.validTo < current.validFrom) return { kind: 'outdated', current, matched: entry };
    if (entry.validFrom > year) return { kind: 'not-yet', current, matched: entry };
  }
  // Other codes of the same system carrying this name, valid this year; nearest relatives first.
  const others: CatalogEntry[] = [];
  for (const entry of catalog.entriesNamed(system, name)) {
    if (entry.code === code) continue;
    const valid = catalog.lookup(system, entry.code, year);
    if (valid && sameName(valid.name, name) && !others.some((o) => o.code === valid.code)) others.push(valid);
  }
  const related = (other: CatalogEntry): number =>
    other.code.slice(0, 5) === code.slice(0, 5) ? 2 : other.code.slice(0, 3) === code.slice(0, 3) ? 1 : 0;
  others.sort((a, b) => related(b) - related(a));
  // Generic item names (行政运行, 事业运行 …) exist under many 款: only the ones in the same 类 say something.
  let belongsTo = others;
  if (others.length > 3) {
    const sameBranch = others.filter((o) => related(o) === 2);
    belongsTo = sameBranch.length > 0 ? sameBranch : others.filter((o) => related(o) > 0).slice(0, 3);
  }
  return { kind: 'wrong', current, belongsTo };
}
