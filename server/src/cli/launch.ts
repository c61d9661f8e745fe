/**
 * dist/cli.cjs, the `disclosure-check` command: a small launcher that loads the checker itself
 * (dist/checker.cjs, the bundle of main.ts beside it) with a V8 code cache (requireWithCodeCache.ts), in
 * the main thread and in every worker of the pool (which starts this file again). Without it each thread
 * compiles the 1.8 MB bundle, and then, lazily, every function the first documents run, at each start.
 * A thread that has checked a document writes the cache as it ends (so that the checking functions are
 * in it), when there was none or V8 refused it: the main thread with one job, else the workers (the pool
 * lets them end by themselves); a run that checks nothing (`--version`) writes none.
 */
import { join } from 'node:path';
import { requireWithCodeCache } from './requireWithCodeCache';

const checker = requireWithCodeCache<{ documentsCheckedHere(): number }>(join(__dirname, 'checker.cjs'));
if (!checker.usedCache) {
  process.once('beforeExit', () => {
    if (checker.exports.documentsCheckedHere() > 0) checker.saveCache();
  });
}
