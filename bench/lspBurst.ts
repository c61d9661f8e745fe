/**
 * Over LSP on stdio against the bundled server: open seed 000, then 300 single-character edits at typing
 * speed (one every `intervalMs`, with a pause after every `wordLength` edits so that debounced
 * validations complete: 30 words, so that the p95 is not just the slowest of a handful), measuring edit → diagnostics latency (from the last edit of a run of typing to
 * the publish of its version), hover and completion latency during the burst, and server memory (RSS).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { median, p95 } from './stats';

export interface BurstResult {
  edits: number;
  intervalMs: number;
  debounceMs: number;
  publishes: number;
  intermediatePublishes: number;
  editToDiagnostics: [number, number];
  hover: [number, number];
  completion: [number, number];
  openToFirstDiagnostics: number;
  rssMb: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

export async function lspBurst(serverPath: string, text: string, options = { edits: 300, intervalMs: 120, wordLength: 10, debounceMs: 250 }): Promise<BurstResult> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map<number, number>();
  let publishCount = 0;
  let waiter: { version: number; resolve: () => void } | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    publishCount++;
    if (p.version !== undefined) published.set(p.version, performance.now());
    if (waiter && p.version === waiter.version) waiter.resolve();
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounceMs: options.debounceMs })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});

  const uri = 'file:///bench/000.disclosure';
  const waitFor = (version: number): Promise<void> =>
    published.has(version) ? Promise.resolve() : new Promise((resolve) => (waiter = { version, resolve }));
  const opened = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'disclosure', version: 1, text } });
  await waitFor(1);
  const openToFirstDiagnostics = published.get(1)! - opened;

  const lines = text.split('\n');
  const editLine = lines.findIndex((l) => l.startsWith('收入总计'));
  const hoverLine = lines.findIndex((l) => l.includes('基本支出'));
  const hoverPosition = { line: hoverLine, character: lines[hoverLine]!.indexOf('基本支出') + 1 };
  let character = lines[editLine]!.length;
  const sent = new Map<number, number>();
  const hover: number[] = [];
  const completion: number[] = [];
  const latencies: number[] = [];
  let version = 1;
  for (let i = 0; i < options.edits; i++) {
    version++;
    const position = { line: editLine, character };
    sent.set(version, performance.now());
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: '字' }],
    });
    character++;
    let t = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverPosition });
    hover.push(performance.now() - t);
    t = performance.now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: editLine, character } });
    completion.push(performance.now() - t);
    if ((i + 1) % options.wordLength === 0) {
      await Promise.race([waitFor(version), sleep(30000)]);
      if (published.has(version)) latencies.push(published.get(version)! - sent.get(version)!);
    } else {
      await sleep(options.intervalMs);
    }
  }
  const rss = rssMb(child.pid!);
  const stale = [...published.keys()].filter((v) => v > 1 && (v - 1) % options.wordLength !== 0).length;
  connection.dispose();
  child.kill();
  return {
    edits: options.edits,
    intervalMs: options.intervalMs,
    debounceMs: options.debounceMs,
    publishes: publishCount,
    intermediatePublishes: stale,
    editToDiagnostics: [median(latencies), p95(latencies)],
    hover: [median(hover), p95(hover)],
    completion: [median(completion), p95(completion)],
    openToFirstDiagnostics,
    rssMb: rss,
  };
}
