/**
 * The catalog's lookup structures, built once from a list of entries: code → entries (every name the
 * code has carried, oldest first), name → entries, parent → children, and the 部门 → 政府 economic
 * mapping. Every lookup is a map access; nothing scans the entry list per query (only completion, which
 * filters one system's edition list, does).
 */
import { nameSimilarity, normalizeName } from './names';
import {
  isValidIn,
  levelOfCode,
  type CatalogEntry,
  type CatalogLevel,
  type CatalogSystem,
} from './types';

/** The editions the shipped catalog describes. */
export const FIRST_EDITION = 2023;
export const LAST_EDITION = 2026;

export interface EconomicMapping {
  /** 部门 code → the 政府 codes it may be paired with. */
  allowed: ReadonlyMap<string, readonly string[]>;
  /** `部门>政府` keys of pairs printed side by side in a seed. */
  attested: ReadonlySet<string>;
}

export interface EditionInfo {
  /** The edition searched for a document year (years outside the catalog's editions are clamped). */
  edition: number;
  /** The publication the edition follows. */
  publication: string;
}

/** The map of one system in a per-system map, created on first use. */
function systemMap<T>(maps: Map<CatalogSystem, Map<string, T>>, system: CatalogSystem): Map<string, T> {
  let map = maps.get(system);
  if (!map) maps.set(system, (map = new Map()));
  return map;
}

export function parentCodeOf(code: string): string | undefined {
  if (code.length === 5) return code.slice(0, 3);
  if (code.length === 7) return code.slice(0, 5);
  return undefined;
}

/** The entry of a code's history (oldest first) valid in `year`. */
function validIn(history: readonly CatalogEntry[], year: number): CatalogEntry | undefined {
  for (let i = 0; i < history.length; i++) if (isValidIn(history[i]!, year)) return history[i];
  return undefined;
}

export class CatalogIndex {
  // Keyed by system, then by code / normalised name: a lookup reads the document's own code string (whose
  // hash the engine keeps) instead of building a `system:code` key per query. Only the code map, which
  // every check reads, is built with the index; the others serve some checks only (a name not the
  // catalog's, an unknown code, completion) and are built when first asked for, from the same entries in
  // the same order.
  private readonly byCode = new Map<CatalogSystem, Map<string, CatalogEntry[]>>();
  private byNameMap: Map<CatalogSystem, Map<string, CatalogEntry[]>> | undefined;
  private childCodesMap: Map<CatalogSystem, Map<string, string[]>> | undefined;
  private bySystemMap: Map<CatalogSystem, CatalogEntry[]> | undefined;

  constructor(
    readonly entries: readonly CatalogEntry[],
    readonly mapping: EconomicMapping,
    private readonly publications: Readonly<Record<CatalogSystem, Readonly<Record<string, string>>>>,
  ) {
    for (const entry of entries) {
      const codes = systemMap(this.byCode, entry.system);
      const list = codes.get(entry.code);
      if (list) list.push(entry);
      else codes.set(entry.code, [entry]);
    }
    for (const codes of this.byCode.values()) for (const list of codes.values()) if (list.length > 1) list.sort((a, b) => a.validFrom - b.validFrom);
  }

  /** Normalised name → entries carrying it, per system (entries in catalog order). */
  private get byName(): Map<CatalogSystem, Map<string, CatalogEntry[]>> {
    if (!this.byNameMap) {
      const byName = new Map<CatalogSystem, Map<string, CatalogEntry[]>>();
      for (const entry of this.entries) {
        const names = systemMap(byName, entry.system);
        const nk = normalizeName(entry.name);
        const named = names.get(nk);
        if (named) named.push(entry);
        else names.set(nk, [entry]);
      }
      this.byNameMap = byName;
    }
    return this.byNameMap;
  }

  /** Parent code → its children's codes, per system (each code once, in order of its first entry). */
  private get childCodes(): Map<CatalogSystem, Map<string, string[]>> {
    if (!this.childCodesMap) {
      const childCodes = new Map<CatalogSystem, Map<string, string[]>>();
      // byCode holds each system's codes once, in order of their first entry.
      for (const [system, codes] of this.byCode) {
        for (const code of codes.keys()) {
          const parent = parentCodeOf(code);
          if (!parent) continue;
          const children = systemMap(childCodes, system);
          const list = children.get(parent);
          if (list) list.push(code);
          else children.set(parent, [code]);
        }
      }
      this.childCodesMap = childCodes;
    }
    return this.childCodesMap;
  }

  /** Each system's entries in code order (then oldest first). */
  private get bySystem(): Map<CatalogSystem, CatalogEntry[]> {
    if (!this.bySystemMap) {
      const bySystem = new Map<CatalogSystem, CatalogEntry[]>();
      for (const entry of this.entries) {
        const sys = bySystem.get(entry.system);
        if (sys) sys.push(entry);
        else bySystem.set(entry.system, [entry]);
      }
      for (const list of bySystem.values()) list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.validFrom - b.validFrom));
      this.bySystemMap = bySystem;
    }
    return this.bySystemMap;
  }

  /** The edition searched for a document year. */
  edition(system: CatalogSystem, year: number): EditionInfo {
    const edition = Math.min(Math.max(year, FIRST_EDITION), LAST_EDITION);
    return { edition, publication: this.publications[system][String(edition)] ?? `${edition}年政府收支分类科目` };
  }

  /** Every entry the code has had (oldest first); [] when unknown. */
  history(system: CatalogSystem, code: string): readonly CatalogEntry[] {
    return this.byCode.get(system)?.get(code) ?? [];
  }

  /** The entry valid in `year`; for years before the first edition, the first edition's entry. */
  lookup(system: CatalogSystem, code: string, year: number): CatalogEntry | undefined {
    const history = this.byCode.get(system)?.get(code);
    if (!history) return undefined;
    const effective = Math.min(year, LAST_EDITION);
    const valid = validIn(history, effective);
    if (valid || effective >= FIRST_EDITION) return valid;
    return validIn(history, FIRST_EDITION);
  }

  /** Every name the code has carried, oldest first. */
  namesOf(system: CatalogSystem, code: string): string[] {
    return this.history(system, code).map((entry) => entry.name);
  }

  /** Entries (any year) of one system carrying this name (compared normalized). */
  entriesNamed(system: CatalogSystem, name: string): readonly CatalogEntry[] {
    return this.byName.get(system)?.get(normalizeName(name)) ?? [];
  }

  /** Codes of the known children of a code (any year). */
  childrenOf(system: CatalogSystem, code: string): readonly string[] {
    return this.childCodes.get(system)?.get(code) ?? [];
  }

  /** 类 › 款 › 项 entries of a code valid in `year` (missing levels left out). */
  path(system: CatalogSystem, code: string, year: number): CatalogEntry[] {
    const codes = [code.slice(0, 3), code.length >= 5 ? code.slice(0, 5) : '', code.length >= 7 ? code : ''].filter((c) => c.length > 0);
    const out: CatalogEntry[] = [];
    for (const c of codes) {
      const entry = this.lookup(system, c, year) ?? this.history(system, c).at(-1);
      if (entry) out.push(entry);
    }
    return out;
  }

  /** `208 社会保障和就业支出 › 20805 行政事业单位养老支出 › 2080505 …` */
  pathText(system: CatalogSystem, code: string, year: number): string {
    return this.path(system, code, year)
      .map((entry) => `${entry.code} ${entry.name}`)
      .join(' › ');
  }

  /**
   * Codes valid in `year` that the author may have meant: same parent and level first (ranked by name
   * similarity when a name is given, then by how close the digits are), then codes elsewhere carrying
   * the given name.
   */
  closest(system: CatalogSystem, code: string, year: number, name?: string, limit = 3): CatalogEntry[] {
    const level = levelOfCode(system, code);
    const scored: Array<{ entry: CatalogEntry; score: number }> = [];
    const seen = new Set<string>();
    if (name) {
      for (const entry of this.entriesNamed(system, name)) {
        const current = this.lookup(system, entry.code, year);
        if (current && !seen.has(current.code) && current.code !== code) {
          seen.add(current.code);
          scored.push({ entry: current, score: 3 - (current.code.startsWith(code.slice(0, 3)) ? 0 : 0.5) });
        }
      }
    }
    const parent = parentCodeOf(code);
    const siblings = parent ? this.childrenOf(system, parent) : level === 1 ? this.levelOneCodes(system) : [];
    const numeric = Number.parseInt(code, 10);
    for (const sibling of siblings) {
      if (sibling === code || seen.has(sibling)) continue;
      const entry = this.lookup(system, sibling, year);
      if (!entry) continue;
      seen.add(sibling);
      const digitCloseness = Number.isFinite(numeric) ? 1 / (1 + Math.abs(Number.parseInt(sibling, 10) - numeric)) : 0;
      const similarity = name ? nameSimilarity(name, entry.name) : 0;
      scored.push({ entry, score: similarity * 2 + digitCloseness * 0.5 });
    }
    scored.sort((a, b) => b.score - a.score || (a.entry.code < b.entry.code ? -1 : 1));
    return scored.slice(0, limit).map((s) => s.entry);
  }

  /** Entries of one system valid in `year` (for completion), in code order. */
  validEntries(system: CatalogSystem, year: number): CatalogEntry[] {
    const out: CatalogEntry[] = [];
    const all = this.bySystem.get(system) ?? [];
    let last = '';
    for (const entry of all) {
      if (entry.code === last) continue;
      const valid = this.lookup(system, entry.code, year);
      if (valid) {
        out.push(valid);
        last = entry.code;
      }
    }
    return out;
  }

  private levelOneCodes(system: CatalogSystem): string[] {
    const out: string[] = [];
    for (const code of this.byCode.get(system)?.keys() ?? []) if (code.length === 3) out.push(code);
    return out;
  }

  /** Level of a code (by its length) in a system. */
  levelOf(system: CatalogSystem, code: string): CatalogLevel | undefined {
    return levelOfCode(system, code);
  }

  /** Whether a 部门 code may be paired with a 政府 code; undefined when the 部门 code has no mapping. */
  pairAllowed(department: string, government: string): boolean | undefined {
    const allowed = this.mapping.allowed.get(department);
    if (!allowed) return undefined;
    return allowed.includes(government);
  }
}
