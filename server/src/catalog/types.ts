/** The classification catalog's data types (docs/catalog.md “Entry format”). */

export type CatalogSystem = 'functional' | 'economic-department' | 'economic-government';

export const CATALOG_SYSTEMS: readonly CatalogSystem[] = ['functional', 'economic-department', 'economic-government'];

/** Chinese names of the systems, for messages and hovers. */
export const SYSTEM_NAMES: Record<CatalogSystem, string> = {
  functional: '支出功能分类科目',
  'economic-department': '部门预算支出经济分类科目',
  'economic-government': '政府预算支出经济分类科目',
};

export type CatalogLevel = 1 | 2 | 3;

export const LEVEL_NAMES: Record<CatalogLevel, string> = { 1: '类', 2: '款', 3: '项' };

export interface CatalogEntry {
  system: CatalogSystem;
  code: string;
  name: string;
  level: CatalogLevel;
  validFrom: number;
  /** Last year (inclusive); null = still valid in the newest edition. */
  validTo: number | null;
  renamedFrom?: string;
  /** Seeds in which this exact code + name is printed; [] = unattested. */
  attested: readonly string[];
  explanation?: string;
  uncertain?: boolean;
  /** Added by the user's additions file (docs/catalog.md “User additions file”). */
  userAdded?: boolean;
}

/** One system file as shipped (server/src/catalog/data/*.json). */
export interface CatalogFile {
  system: string;
  title: string;
  editions: Record<string, { publication: string }>;
  notes?: string;
  entries: ReadonlyArray<Omit<CatalogEntry, 'system' | 'level' | 'attested'> & { level: number; attested: readonly string[] }>;
}

export interface MappingFile {
  pairs: ReadonlyArray<{ department: string; government: readonly string[]; note?: string }>;
  attested: ReadonlyArray<{ department: string; government: string; seeds: readonly string[] }>;
}

/** Expected code lengths per level. */
export function levelOfCode(system: CatalogSystem, code: string): CatalogLevel | undefined {
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  if (code.length === 7 && system === 'functional') return 3;
  return undefined;
}

/** True when the entry is valid in `year`. */
export function isValidIn(entry: CatalogEntry, year: number): boolean {
  return entry.validFrom <= year && (entry.validTo === null || year <= entry.validTo);
}

/** True when a finding that rests on this entry should be worded and graded softly. */
export function isSoftEntry(entry: CatalogEntry): boolean {
  return entry.uncertain === true || (!entry.userAdded && entry.attested.length === 0);
}
