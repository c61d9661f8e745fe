/**
 * `require` of a large CommonJS bundle with a V8 code cache (Node 20 has no module compile cache of its
 * own). Compiling dist/importer.cjs (7 MB: pdf.js, exceljs, mammoth) and then compiling, lazily, every
 * function the first import runs costs a few hundred milliseconds at each `disclosure-check file.pdf`; the
 * cache holds V8's bytecode for all of them, written after the first import and read by the next run.
 *
 * The cache lives in the user's cache folder (DISCLOSURE_CACHE_DIR, else XDG_CACHE_HOME or the platform's
 * own, then `disclosure-lsp/`), one file per bundle build: its name holds the bundle's folder (hashed),
 * size and modification time and the V8 version, and V8 itself refuses data made for other source, flags or
 * versions (`cachedDataRejected`; the bundle is then compiled as usual and the cache rewritten). A cache
 * that cannot be read or written is simply not used: loading never fails because of it.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

export interface CachedModule<T> {
  exports: T;
  /** V8 took its compiled code from the cache. */
  usedCache: boolean;
  /**
   * Writes the cache when there was none (or V8 refused it). Call it after the module has done its first
   * piece of work, so that the functions compiled for that work are in the cache too.
   */
  saveCache(): void;
}

/** The per-user folder for caches of this tool. */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DISCLOSURE_CACHE_DIR) return env.DISCLOSURE_CACHE_DIR;
  const base =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches')
        : (env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
  return join(base, 'disclosure-lsp');
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Other builds' caches of the same bundle (same name prefix): stale once this one is written. */
function removeStale(folder: string, prefix: string, keep: string): void {
  try {
    for (const name of readdirSync(folder)) {
      if (name.startsWith(prefix) && name !== keep) unlinkSync(join(folder, name));
    }
  } catch {
    // another process may be doing the same
  }
}

/**
 * 8 hex digits naming a folder (FNV-1a over its UTF-16 units): only to tell installations apart in the
 * cache folder's file names. Not node:crypto, whose loading alone is a seventh of the CLI's start-up.
 */
function folderHash(folder: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folder.length; i++) hash = Math.imul(hash ^ folder.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function requireWithCodeCache<T>(file: string, cacheFolder = userCacheFolder()): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  // One cache per bundle file (its folder's hash in the name): two installations do not evict each other.
  const prefix = `${basename(file)}-${folderHash(dirname(file))}-`;
  const cacheName = `${prefix}${size}-${Math.floor(mtimeMs)}-${process.versions.v8}-${process.arch}.v8cache`;
  const cachePath = join(cacheFolder, cacheName);
  const cachedData = readOrUndefined(cachePath);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // The bundle's own `import()` calls (none on the paths used here) resolve as in any module.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const usedCache = cachedData !== undefined && script.cachedDataRejected !== true;
  let needed = !usedCache;
  return {
    exports: module.exports,
    usedCache,
    saveCache() {
      if (!needed) return;
      needed = false;
      try {
        mkdirSync(cacheFolder, { recursive: true });
        // Written whole, then renamed: a concurrent run reads the old file or the new one, never half of it.
        // The thread in the name too: each worker of a pool may write it.
        const temporary = `${cachePath}.${process.pid}-${threadId}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cachePath);
        removeStale(cacheFolder, prefix, cacheName);
      } catch {
        // read-only home, full disk: run without a cache
      }
    },
  };
}
