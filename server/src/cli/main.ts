/**
 * `disclosure-check`: the command-line checker for batches and CI (see run.ts). In the bundle
 * (dist/checker.cjs, started by the launcher dist/cli.cjs: launch.ts) the same file is re-entered as the
 * worker of the pool (check/pool.ts).
 */
import { isMainThread } from 'node:worker_threads';
import { run } from './run';
import { startWorker } from './check/worker';

/** For the launcher: whether this thread has checked a document (then its code cache is worth writing). */
export { documentsCheckedHere } from './check/checkTask';

if (isMainThread) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`disclosure-check: 内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  startWorker();
}
