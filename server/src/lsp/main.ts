/**
 * Entry of the language server (bundled to dist/server.cjs). The transport comes from the command line:
 * `--stdio`, `--node-ipc` or `--socket=PORT`, as vscode-languageserver reads it. The same file is the
 * entry of the validation worker thread (checkWorker.ts), which validates documents above a size
 * (`--check-worker-above=N` characters; server.ts has the default); `--no-check-worker` validates every
 * document on the main thread.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { CHECK_WORKER_ROLE, runCheckWorker } from './checkWorker';
import { startServer } from './server';

const role = (workerData as { role?: unknown } | null)?.role;
if (!isMainThread && role === CHECK_WORKER_ROLE) {
  runCheckWorker();
} else {
  const connection = createConnection(ProposedFeatures.all);
  const useWorker = !process.argv.includes('--no-check-worker') && typeof __filename === 'string';
  // `--check-worker-above=N`: documents longer than N characters are validated in the worker (default in server.ts).
  const above = /^--check-worker-above=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--check-worker-above=')) ?? '');
  startServer(connection, useWorker ? { checkWorkerEntry: __filename, ...(above ? { workerAboveChars: Number(above[1]) } : {}) } : {});
  connection.listen();
}
