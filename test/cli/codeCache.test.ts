/**
 * requireWithCodeCache (how disclosure-check loads dist/importer.cjs): a CommonJS file is loaded with its
 * exports, `require`, `__filename` and `__dirname`; the V8 code cache is written after the first use, read
 * by the next run, replaced when V8 refuses it, and never makes loading fail. Each load runs in its own
 * process, as each `disclosure-check` does (within one process V8 reuses its in-memory compilation).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userCacheFolder } from '../../server/src/cli/requireWithCodeCache';
import { scratch } from './cliHarness';

const loader = fileURLToPath(new URL('../../server/src/cli/requireWithCodeCache.ts', import.meta.url));

function sampleModule(): string {
  const file = join(scratch(), 'sample.cjs');
  writeFileSync(
    file,
    "const path = require('node:path');\nexports.twice = (n) => n * 2;\nexports.base = path.basename(__filename) + '@' + path.basename(__dirname);\n",
  );
  return file;
}

interface LoadOutcome {
  usedCache: boolean;
  twice: number;
  base: string;
}

/** One fresh process: load `file`, use it, save the cache. */
function loadInProcess(file: string, cache: string): LoadOutcome {
  const script = `
    const { requireWithCodeCache } = await import(${JSON.stringify(loader)});
    const loaded = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)});
    const outcome = { usedCache: loaded.usedCache, twice: loaded.exports.twice(21), base: loaded.exports.base };
    loaded.saveCache();
    console.log(JSON.stringify(outcome));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as LoadOutcome;
}

describe('requireWithCodeCache', () => {
  it('loads the module, writes the cache after first use and uses it on the next run', () => {
    const file = sampleModule();
    const cache = join(scratch(), 'cache');
    const first = loadInProcess(file, cache);
    assert.deepEqual(first, { usedCache: false, twice: 42, base: `sample.cjs@${file.split(/[\\/]/).at(-2)}` });
    const files = readdirSync(cache);
    assert.equal(files.length, 1);
    assert.match(files[0]!, /^sample\.cjs-[0-9a-f]{8}-\d+-\d+-.+\.v8cache$/);
    assert.deepEqual(loadInProcess(file, cache), { ...first, usedCache: true });
  });

  it('replaces a cache V8 refuses, and the caches of earlier builds of the same file', () => {
    const file = sampleModule();
    const cache = join(scratch(), 'cache');
    loadInProcess(file, cache);
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name!), 'not a V8 code cache');
    const stale = name!.replace(/-\d+-\d+-(?=[^-]*\.)/, '-1-1-');
    writeFileSync(join(cache, stale.replace(/\.v8cache$/, '.old.v8cache')), 'an older build');
    const refused = loadInProcess(file, cache);
    assert.equal(refused.usedCache, false);
    assert.equal(refused.twice, 42);
    assert.deepEqual(readdirSync(cache), [name]);
    assert.equal(loadInProcess(file, cache).usedCache, true);
  });

  it('loads without a cache when the cache folder cannot be made', () => {
    const file = sampleModule();
    const blocker = join(scratch(), 'cache');
    writeFileSync(blocker, 'a file where the folder would be');
    const outcome = loadInProcess(file, join(blocker, 'sub'));
    assert.deepEqual({ usedCache: outcome.usedCache, twice: outcome.twice }, { usedCache: false, twice: 42 });
    assert.equal(loadInProcess(file, join(blocker, 'sub')).usedCache, false);
  });

  it('keeps its cache in the per-user cache folder, or where DISCLOSURE_CACHE_DIR says', () => {
    assert.equal(userCacheFolder({ DISCLOSURE_CACHE_DIR: '/somewhere' }), '/somewhere');
    if (process.platform === 'linux') assert.equal(userCacheFolder({ XDG_CACHE_HOME: '/x/cache' }), join('/x/cache', 'disclosure-lsp'));
  });
});
