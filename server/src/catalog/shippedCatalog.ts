/**
 * The catalog shipped with the server: the JSON data files (imported as modules, so esbuild bundles
 * them), turned into one `CatalogIndex` on first use and reused for every later lookup.
 */
import functionalData from './data/functional.json';
import economicDepartmentData from './data/economic-department.json';
import economicGovernmentData from './data/economic-government.json';
import mappingData from './data/economic-mapping.json';
import { CatalogIndex, type EconomicMapping } from './catalogIndex';
import type { CatalogEntry, CatalogFile, CatalogLevel, CatalogSystem, MappingFile } from './types';

const FILES: Record<CatalogSystem, CatalogFile> = {
  functional: functionalData as CatalogFile,
  'economic-department': economicDepartmentData as CatalogFile,
  'economic-government': economicGovernmentData as CatalogFile,
};

function toEntries(system: CatalogSystem, file: CatalogFile): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const raw of file.entries) {
    const entry: CatalogEntry = {
      system,
      code: raw.code,
      name: raw.name,
      level: raw.level as CatalogLevel,
      validFrom: raw.validFrom,
      validTo: raw.validTo ?? null,
      attested: raw.attested,
    };
    if (raw.renamedFrom) entry.renamedFrom = raw.renamedFrom;
    if (raw.explanation) entry.explanation = raw.explanation;
    if (raw.uncertain) entry.uncertain = true;
    out.push(entry);
  }
  return out;
}

export function shippedEntries(): CatalogEntry[] {
  return (Object.keys(FILES) as CatalogSystem[]).flatMap((system) => toEntries(system, FILES[system]));
}

export function shippedMapping(): EconomicMapping {
  const data = mappingData as MappingFile;
  return {
    allowed: new Map(data.pairs.map((pair) => [pair.department, pair.government])),
    attested: new Set(data.attested.map((pair) => `${pair.department}>${pair.government}`)),
  };
}

export function shippedPublications(): Record<CatalogSystem, Record<string, string>> {
  const out = {} as Record<CatalogSystem, Record<string, string>>;
  for (const system of Object.keys(FILES) as CatalogSystem[]) {
    out[system] = Object.fromEntries(Object.entries(FILES[system].editions).map(([year, info]) => [year, info.publication]));
  }
  return out;
}

let shipped: CatalogIndex | undefined;
/** How many times the shipped index was built (tests assert it is built once). */
export let shippedBuildCount = 0;

/** The shipped catalog, built on first use. */
export function shippedCatalog(): CatalogIndex {
  if (!shipped) {
    shippedBuildCount++;
    shipped = new CatalogIndex(shippedEntries(), shippedMapping(), shippedPublications());
  }
  return shipped;
}
