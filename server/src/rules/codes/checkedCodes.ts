/**
 * The document's classification codes with what the catalog says about each, worked out once per document
 * (through `RuleContext.shared`) and read by every code rule: whether the code is well formed, its catalog
 * entry for the year searched, and how far the catalog speaks for each system in that year. The rules used
 * to ask the catalog again for every occurrence, each on its own.
 */
import type { CatalogIndex } from '../../catalog/catalogIndex';
import { isWellFormed, type CodeOccurrence } from '../../catalog/codeOccurrences';
import type { CatalogEntry, CatalogSystem } from '../../catalog/types';
import type { RuleContext } from '../types';
import { catalogCoverage, catalogYear, codeCatalog, codeOccurrences, type CatalogCoverage } from './codeContext';

export interface CheckedCode {
  occurrence: CodeOccurrence;
  /** Only digits, and a length valid for its system (`isWellFormed`). */
  wellFormed: boolean;
  /** `catalog.lookup(system, code, year)`: the entry valid in the year searched; undefined when unknown. */
  entry: CatalogEntry | undefined;
}

export interface DocumentCodes {
  catalog: CatalogIndex;
  /** The year whose edition the codes are checked against (`catalogYear`). */
  year: number;
  codes: CheckedCode[];
  /** `catalogCoverage` of each system for that year. */
  coverage: Readonly<Record<CatalogSystem, CatalogCoverage>>;
}

export function checkedCodes(context: RuleContext): DocumentCodes {
  return context.shared('codes/checked', () => {
    const { catalog } = codeCatalog(context);
    const year = catalogYear(context);
    const codes: CheckedCode[] = [];
    const occurrences = codeOccurrences(context);
    for (let i = 0; i < occurrences.length; i++) {
      const occurrence = occurrences[i]!;
      codes.push({ occurrence, wellFormed: isWellFormed(occurrence.system, occurrence.code), entry: catalog.lookup(occurrence.system, occurrence.code, year) });
    }
    const coverage = {
      functional: catalogCoverage(context, 'functional'),
      'economic-department': catalogCoverage(context, 'economic-department'),
      'economic-government': catalogCoverage(context, 'economic-government'),
    };
    return { catalog, year, codes, coverage };
  });
}
