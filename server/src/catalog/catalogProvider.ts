/**
 * Which catalog a check uses: the shipped one, or the shipped one with the user's additions file
 * (setting `catalogExtraFile`). Reading the file is injected by the host (language server, CLI), so the
 * checker itself stays pure; the merged catalog is cached per file content.
 */
import type { CheckSettings } from '../config/settings';
import { CatalogIndex } from './catalogIndex';
import { mergeEntries, missingParents, parseExtraFile } from './extraFile';
import { shippedCatalog, shippedEntries } from './shippedCatalog';

/** Reads the additions file named by the setting; returns undefined when it cannot be read. */
export type CatalogFileReader = (path: string) => string | undefined;

let reader: CatalogFileReader | undefined;

/** Called once by the host (server: relative to the workspace folder; CLI: relative to the config file). */
export function setCatalogFileReader(next: CatalogFileReader | undefined): void {
  reader = next;
}

export interface ResolvedCatalog {
  catalog: CatalogIndex;
  /** Problems with the additions file, in Chinese; reported once per document (COD009). */
  problems: string[];
  extraFile?: string;
}

const cache = new Map<string, ResolvedCatalog>();

/** The catalog from additions text (pure; cached by path and content). */
export function catalogWithExtras(path: string, text: string | undefined): ResolvedCatalog {
  const cacheKey = `${path}\u0000${text ?? '\u0001missing'}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let resolved: ResolvedCatalog;
  if (text === undefined) {
    resolved = { catalog: shippedCatalog(), problems: [`无法读取目录补充文件 ${path}，已仅使用内置目录`], extraFile: path };
  } else {
    const { entries, problems } = parseExtraFile(text, path);
    if (entries.length === 0) resolved = { catalog: shippedCatalog(), problems, extraFile: path };
    else {
      const shipped = shippedCatalog();
      const merged = mergeEntries(shippedEntries(), entries);
      resolved = {
        catalog: new CatalogIndex(merged, shipped.mapping, publicationsOf(shipped)),
        problems: [...problems, ...missingParents(merged, entries)],
        extraFile: path,
      };
    }
  }
  if (cache.size > 8) cache.clear();
  cache.set(cacheKey, resolved);
  return resolved;
}

function publicationsOf(index: CatalogIndex): ConstructorParameters<typeof CatalogIndex>[2] {
  return {
    functional: Object.fromEntries([2023, 2024, 2025, 2026].map((y) => [String(y), index.edition('functional', y).publication])),
    'economic-department': Object.fromEntries([2023, 2024, 2025, 2026].map((y) => [String(y), index.edition('economic-department', y).publication])),
    'economic-government': Object.fromEntries([2023, 2024, 2025, 2026].map((y) => [String(y), index.edition('economic-government', y).publication])),
  };
}

/** The catalog for these settings. */
export function catalogFor(settings: Pick<CheckSettings, 'catalogExtraFile'>): ResolvedCatalog {
  const path = settings.catalogExtraFile;
  if (!path) return { catalog: shippedCatalog(), problems: [] };
  if (!reader) return { catalog: shippedCatalog(), problems: [] };
  let text: string | undefined;
  try {
    text = reader(path);
  } catch {
    text = undefined;
  }
  return catalogWithExtras(path, text);
}
