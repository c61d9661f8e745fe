/** How each code's printed name relates to the catalog (COD003, COD004), computed once per document. */
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
  verdict: NameVerdict;
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
    for (const { occurrence, entry } of codes) {
      const { name, nameCell, system, code } = occurrence;
      if (!name || !nameCell || !entry) continue;
      let byName = judged.get(entry);
      if (!byName) judged.set(entry, (byName = new Map()));
      let verdict = byName.get(name);
      if (verdict === undefined && !byName.has(name)) byName.set(name, (verdict = nameVerdict(catalog, system, code, name, year)));
      if (!verdict) continue;
      let edition = editions.get(system);
      if (edition === undefined) editions.set(system, (edition = catalog.edition(system, year).edition));
      verdicts.push({ occurrence, name, nameCell, verdict, edition });
    }
    return verdicts;
  });
}
