/**
 * dist/cli.cjs, the `disclosure-check` command: a small launcher that loads the checker itself
 * (dist/checker.cjs, the bundle of main.ts beside it) with a V8 code cache (requireWithCodeCache.ts), in
 * the main thread and in every worker of the pool (which starts this file again). Without it each thread
 * compiles the 1.8 MB bundle, and then, lazily, every function the first documents run, at each start.
 * The main thread writes the cache once it has checked a document (so that the checking functions are in
 * it), when there was none or V8 refused it; a run that checks nothing (`--version`) writes none.
 */
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { requireWithCodeCache } from './requireWithCodeCache';

const checker = requireWithCodeCache<{ documentsCheckedHere(): number }>(join(__dirname, 'checker.cjs'));
if (isMainThread && !checker.usedCache) {
  process.once('beforeExit', () => {
    if (checker.exports.documentsCheckedHere() > 0) checker.saveCache();
  });
}
