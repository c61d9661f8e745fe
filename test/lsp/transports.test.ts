/**
 * The bundled server over its real transports: stdio and Node IPC, with validation in the worker thread
 * (the default of dist/server.cjs) — initialize, open a seed, receive the same diagnostics as the checker.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServerBundle } from './serverBundle';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { checkText } from '../../server/src/check';
import { readSeed } from '../helpers/fixtures';

let dir = '';
let server = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-transport-'));
  server = await buildServerBundle(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function openSeedAndWait(connection: MessageConnection): Promise<PublishDiagnosticsParams> {
  const published = new Promise<PublishDiagnosticsParams>((resolve) =>
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => resolve(p)),
  );
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } })) as {
    capabilities: { textDocumentSync: { change: number } };
  };
  assert.equal(init.capabilities.textDocumentSync.change, 2);
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'file:///seed/001.disclosure', languageId: 'disclosure', version: 1, text: readSeed('001') },
  });
  return published;
}

function expectSameAsChecker(published: PublishDiagnosticsParams): void {
  const expected = checkText(readSeed('001'), 'file:///seed/001.disclosure').findings;
  assert.equal(published.version, 1);
  assert.deepEqual(
    published.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}:${d.code}`),
    expected.map((f) => `${f.range.start.line}:${f.range.start.character}:${f.ruleId}`),
  );
}

function stop(child: ChildProcess, connection: MessageConnection): void {
  connection.dispose();
  child.kill();
}

test('stdio transport, validation in the worker thread', async () => {
  // Every document goes to the worker (by default only large ones do; seeds are checked on the main thread).
  const child = spawn(process.execPath, [server, '--stdio', '--check-worker-above=0'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  try {
    expectSameAsChecker(await openSeedAndWait(connection));
  } finally {
    stop(child, connection);
  }
});

test('Node IPC transport', async () => {
  const child = fork(server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  try {
    expectSameAsChecker(await openSeedAndWait(connection));
  } finally {
    stop(child, connection);
  }
});
