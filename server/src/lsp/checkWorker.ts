/**
 * Validation off the main thread for large documents (above WORKER_ABOVE_CHARS, server.ts; smaller ones are
 * checked on the main thread in time slices, on the model hover and completion share): a worker thread
 * runs parse + every rule, so that hover, completion and the other requests are answered while a long
 * check runs. The same bundle (dist/server.cjs) serves as the
 * worker's entry (main.ts decides by `workerData`). One job at a time; while a job runs, only the newest
 * request per document waits (older ones are answered `undefined`: superseded).
 */
import { parentPort, Worker } from 'node:worker_threads';
import type { CheckSettings } from '../config/settings';
import type { Finding } from '../diagnostics/finding';
import { checkText } from '../check';
import { setCatalogFileReader } from '../catalog/catalogProvider';
import { nodeCatalogFileReader } from '../catalog/nodeFileReader';
import type { LastYearSource } from '../lastYear/types';

export const CHECK_WORKER_ROLE = 'disclosure-check-worker';

interface CheckJob {
  id: number;
  uri: string;
  text: string;
  settings: CheckSettings;
  /** Last year's disclosure as the server read it (the worker reads no files for it). */
  lastYear?: LastYearSource;
}

export interface CheckOutcome {
  findings: Finding[];
  ruleErrors: Array<{ ruleId: string; message: string }>;
}

interface CheckReply extends CheckOutcome {
  id: number;
}

/** The worker side: answers jobs until the thread ends. */
export function runCheckWorker(): void {
  // The user's catalog additions (`catalogExtraFile`, made absolute by the server) are read from disk.
  setCatalogFileReader(nodeCatalogFileReader());
  parentPort?.on('message', (job: CheckJob) => {
    const ruleErrors: CheckOutcome['ruleErrors'] = [];
    let findings: Finding[] = [];
    try {
      findings = checkText(job.text, job.uri, job.settings, {
        ...(job.lastYear ? { lastYear: job.lastYear } : {}),
        onRuleError: (rule, error) =>
          ruleErrors.push({ ruleId: rule.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      }).findings;
    } catch (error) {
      ruleErrors.push({ ruleId: 'parse', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    const reply: CheckReply = { id: job.id, findings, ruleErrors };
    parentPort?.postMessage(reply);
  });
}

interface Pending {
  job: CheckJob;
  resolve: (outcome: CheckOutcome | undefined) => void;
}

/** The server side: one worker, a queue holding the newest job per document. */
export class WorkerChecker {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private readonly queued = new Map<string, Pending>();
  private nextId = 1;

  constructor(
    private readonly entry: string,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  check(uri: string, text: string, settings: CheckSettings, lastYear?: LastYearSource): Promise<CheckOutcome | undefined> {
    return new Promise((resolve) => {
      const previous = this.queued.get(uri);
      previous?.resolve(undefined);
      this.queued.set(uri, { job: { id: this.nextId++, uri, text, settings, ...(lastYear ? { lastYear } : {}) }, resolve });
      this.pump();
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, { workerData: { role: CHECK_WORKER_ROLE } });
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      const running = this.running;
      this.running = undefined;
      if (running && running.job.id === reply.id) running.resolve({ findings: reply.findings, ruleErrors: reply.ruleErrors });
      this.pump();
    });
    const fail = (error: unknown): void => {
      this.onFailure(error);
      this.worker = undefined;
      const running = this.running;
      this.running = undefined;
      running?.resolve(undefined);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker && code !== 0) fail(new Error(`检查线程退出（${code}）`));
    });
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queued.entries().next();
    if (next.done) return;
    const [uri, pending] = next.value;
    this.queued.delete(uri);
    this.running = pending;
    try {
      this.ensureWorker().postMessage(pending.job);
    } catch (error) {
      this.running = undefined;
      this.onFailure(error);
      pending.resolve(undefined);
    }
  }

  dispose(): void {
    for (const pending of this.queued.values()) pending.resolve(undefined);
    this.queued.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
