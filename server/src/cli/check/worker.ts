/**
 * The worker side of the pool: receives CheckTasks, answers FileReports. Started either as this module
 * (from source, through tsx) or as the CLI bundle re-entered in a worker thread (main.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runCheckTask } from './checkTask';
import type { CheckTask } from './task';

export function startWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (task: CheckTask) => {
    port.postMessage(runCheckTask(task));
  });
}
