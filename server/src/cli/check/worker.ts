/**
 * The worker side of the pool: receives CheckTasks, answers FileReports. Started either as this module
 * (from source, through tsx) or as the CLI bundle re-entered in a worker thread (main.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runCheckTask } from './checkTask';
import { NO_MORE_TASKS, type WorkerMessage } from './task';

export function startWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (message: WorkerMessage) => {
    if (message === NO_MORE_TASKS) port.close();
    else port.postMessage(runCheckTask(message));
  });
}
