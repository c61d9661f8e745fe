/**
 * How each code's printed name relates to the catalog (COD003, COD004), computed once per document: the names
 * the catalog does not give the code in the year searched (outdated, not yet in force, or wrong). Names that
 * are the catalog's current name — nearly all of them — are left out: neither rule reports them.
 */
import { nameVerdict, type NameVerdict } from '../../catalog/nameVerdict';
import type { CodeOccurrence } from '../../catalog/codeOccurrences';
import type { CatalogEntry, CatalogSystem } from '../../catalog/types';
import type { Cell } from '../../model/types';
import type { RuleContext } from '../types';
import { checkedCodes } from './checkedCodes';

/** An occurrence with a name beside its code, how that name relates to the catalog, and the edition searched. */
export interface NamedVerdict {
  occurrence: CodeOccurrence;
  name: string;
  nameCell: Cell;
  /** Never `current`: those names are not listed. */
  verdict: Exclude<NameVerdict, { kind: 'current' }>;
  /** The catalog edition (year) the name was checked against. */
  edition: number;
}

export function nameVerdicts(context: RuleContext): NamedVerdict[] {
  return context.shared('codes/nameVerdicts', () => {
    const { catalog, year, codes } = checkedCodes(context);
    const verdicts: NamedVerdict[] = [];
    // A code and its name recur across the tables (收支总表, 支出总表, 一般公共预算表 …): judge each pair once.
    // A code unknown for the year has no verdict (nameVerdict's first step is that very lookup), so the
    // pairs are keyed by the code's catalog entry, then by the name.
    const judged = new Map<CatalogEntry, Map<string, NameVerdict | undefined>>();
    const editions = new Map<CatalogSystem, number>();
    for (let i = 0; i < codes.length; i++) {
      const { occurrence, entry } = codes[i]!;
      const { name, nameCell } = occurrence;
      if (!name || !nameCell || !entry) continue;
      // The entry is `catalog.lookup(system, code, year)`, nameVerdict's current entry: a name written exactly
      // as the catalog writes it is the current name (its normalised form is the same), no need to ask.
      if (name === entry.name) continue;
      let byName = judged.get(entry);
      if (!byName) judged.set(entry, (byName = new Map()));
      let verdict = byName.get(name);
      if (verdict === undefined && !byName.has(name)) byName.set(name, (verdict = nameVerdict(catalog, occurrence.system, occurrence.code, name, year)));
      if (!verdict || verdict.kind === 'current') continue;
      let edition = editions.get(occurrence.system);
      if (edition === undefined) editions.set(occurrence.system, (edition = catalog.edition(occurrence.system, year).edition));
      verdicts.push({ occurrence, name, nameCell, verdict, edition });
    }
    return verdicts;
  });
}
