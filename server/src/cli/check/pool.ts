/**
 * Checks many files in parallel (`--jobs N`, default: the number of cores): N worker threads, and hands
 * the reports back in input order. Each worker has the file it checks and one more queued (never a long
 * queue, so a slow file holds up at most one other).
 * A worker that dies fails only the file it had; a new worker takes over the rest.
 *
 * The main thread only hands out files and collects the reports (a small part of a core): it does not
 * check. A worker's young generation can be made larger (WORKER_YOUNG_GENERATION_MB) and the main
 * thread's cannot (V8's default, fixed when the process starts): checking in the main thread spent
 * 13–22 % of its time in the garbage collector against 5 % in a worker, since with the smaller nursery a
 * document's model is still alive at a scavenge and gets copied and promoted; and the reports it keeps
 * until the output are in the same heap. One job checks in the main thread (no worker to start).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { NO_MORE_TASKS, type CheckTask, type FileReport } from './task';
import { internalErrorFinding, runCheckTask } from './checkTask';

/** Set by esbuild for the checker's bundle (dist/checker.cjs), which is re-entered as the worker. */
declare const __DISCLOSURE_CLI_BUNDLE__: boolean | undefined;

/** The ESM entry of `tsx/esm/api` (its exports map's `import` condition), found from this module. */
function tsxEsmApi(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
  return join(dirname(packageJson), pkg.exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs');
}

interface WorkerStart {
  script: string | URL;
  options: WorkerOptions;
}

/**
 * The bundle is started again through its launcher beside it (dist/cli.cjs: launch.ts, which loads it
 * with the code cache), or itself when there is no launcher (a bundle of main.ts alone, as in the pool's
 * test). From source, the worker registers tsx first (a worker does not inherit the loader hooks of
 * `node --import tsx`), then loads workerEntry.ts.
 */
function workerStart(): WorkerStart {
  if (typeof __DISCLOSURE_CLI_BUNDLE__ !== 'undefined' && __DISCLOSURE_CLI_BUNDLE__) {
    const launcher = join(__dirname, 'cli.cjs');
    return { script: existsSync(launcher) ? launcher : __filename, options: {} };
  }
  const entry = new URL('./workerEntry.ts', import.meta.url).href;
  // Resolved from here, not from the working directory, so a run from elsewhere finds the project's tsx.
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return { script: bootstrap, options: { eval: true } };
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export interface PoolOptions {
  jobs: number;
  /** Called after each file, in completion order (the progress bar). */
  onReport?: (report: FileReport, done: number, total: number) => void;
}

function crashReport(task: CheckTask, error: unknown): FileReport {
  return { index: task.index, file: task.file, lines: {}, ms: 0, findings: [internalErrorFinding(error)] };
}

/** In the main thread, one after another (one job, or a single file). */
export function checkSequentially(tasks: CheckTask[], options: PoolOptions): FileReport[] {
  const reports: FileReport[] = [];
  for (const task of tasks) {
    const report = runCheckTask(task);
    reports.push(report);
    options.onReport?.(report, reports.length, tasks.length);
  }
  return reports;
}

/**
 * Files handed to a worker ahead of the one it is checking: when it finishes a file the next one is
 * already in its queue, so it never idles waiting for the main thread's answer (a round trip per file).
 */
const QUEUED_AHEAD = 1;

/**
 * A larger young generation than V8's default for a worker: checking allocates many short-lived objects
 * (tokens, cells, ranges, decimals), and with a 16 MB nursery the scavenger runs several times per file.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

export function checkInPool(tasks: CheckTask[], options: PoolOptions): Promise<FileReport[]> {
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  if (jobs <= 1) return Promise.resolve(checkSequentially(tasks, options));
  const results: FileReport[] = new Array<FileReport>(tasks.length);
  /** Files not yet handed out: those of a crashed worker's queue first, then the batch in order. */
  const retry: CheckTask[] = [];
  let next = 0;
  let done = 0;
  const { script, options: startOptions } = workerStart();
  const workerOptions: WorkerOptions = { ...startOptions, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
  const take = (): CheckTask | undefined => retry.shift() ?? (next < tasks.length ? tasks[next++] : undefined);
  return new Promise((resolveAll) => {
    const finish = (task: CheckTask, report: FileReport) => {
      results[task.index] = report;
      done++;
      options.onReport?.(report, done, tasks.length);
      if (done === tasks.length) resolveAll(results);
    };
    const start = () => {
      const worker = new Worker(script, workerOptions);
      /** Handed to this worker and not answered yet, in the order it checks them. */
      const inHand: CheckTask[] = [];
      let stopped = false;
      const feed = () => {
        while (inHand.length <= QUEUED_AHEAD) {
          const task = take();
          if (!task) break;
          inHand.push(task);
          worker.postMessage(task);
        }
        if (inHand.length === 0 && !stopped) {
          stopped = true;
          worker.postMessage(NO_MORE_TASKS);
        }
      };
      worker.on('message', (report: FileReport) => {
        const task = inHand.shift();
        if (task) finish(task, report);
        feed();
      });
      const fail = (error: unknown) => {
        if (stopped) return;
        stopped = true;
        const failed = inHand.shift();
        // The files queued behind the failed one were never started: another worker checks them.
        retry.unshift(...inHand.splice(0));
        if (!failed) return;
        finish(failed, crashReport(failed, error));
        if (done < tasks.length && (retry.length > 0 || next < tasks.length)) start();
      };
      worker.on('error', fail);
      // A worker that exits with a file in hand (process.exit in a rule, out of memory) fails that file only.
      worker.on('exit', (code) => fail(new Error(`工作线程意外退出（退出码 ${code}）`)));
      feed();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}
