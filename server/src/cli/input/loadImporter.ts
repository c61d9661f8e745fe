/**
 * The importer (PDF / Word / Excel → .disclosure) for `disclosure-check`, loaded only when a batch has such
 * a file. In the bundle it is dist/importer.cjs beside dist/cli.cjs (esbuild.mjs), required with a V8 code
 * cache (requireWithCodeCache.ts); from the sources it is the module itself.
 */
import { join } from 'node:path';
import { requireWithCodeCache } from '../requireWithCodeCache';

/** Set by esbuild for dist/cli.cjs. */
declare const __DISCLOSURE_CLI_BUNDLE__: boolean | undefined;

type ImporterModule = typeof import('../../import/importDocument');

export interface LoadedImporter {
  importFile: ImporterModule['importFile'];
  /** Call after the first import: stores the compiled importer for the next run (bundle only). */
  done(): void;
}

export async function loadImporter(): Promise<LoadedImporter> {
  if (typeof __DISCLOSURE_CLI_BUNDLE__ !== 'undefined' && __DISCLOSURE_CLI_BUNDLE__) {
    const loaded = requireWithCodeCache<ImporterModule>(join(__dirname, 'importer.cjs'));
    return { importFile: loaded.exports.importFile, done: () => loaded.saveCache() };
  }
  const { importFile } = await import('../../import/importDocument');
  return { importFile, done: () => undefined };
}
