/**
 * The bundled server validates in its worker thread, which reads no files: last year's document must reach
 * it with the job. Opening this year's document must report the LYR findings exactly as the checker does.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { buildServerBundle } from '../lsp/serverBundle';
import { lastYearFindings, lastYearText, resolveFor, thisYearText } from './helpers';

let dir = '';
let server = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-ly-worker-'));
  server = await buildServerBundle(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the check worker receives last year\'s text and reports the LYR rules', async () => {
  mkdirSync(join(dir, 'ws', '2022'), { recursive: true });
  mkdirSync(join(dir, 'ws', '2023'), { recursive: true });
  writeFileSync(join(dir, 'ws', '2022', '河西区医疗保障服务中心.disclosure'), lastYearText());
  const thisPath = join(dir, 'ws', '2023', '河西区医疗保障服务中心.disclosure');
  writeFileSync(thisPath, thisYearText());
  const uri = pathToFileURL(thisPath).href;
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  try {
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(join(dir, 'ws')).href, capabilities: { workspace: { configuration: true } } });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'disclosure', version: 1, text: thisYearText() } });
    const diagnostics = (await published).diagnostics.filter((d) => String(d.code).startsWith('LYR'));
    const expected = lastYearFindings(thisYearText(), resolveFor(thisYearText()));
    assert.ok(expected.length >= 5);
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line}:${d.code}`),
      expected.map((f) => `${f.range.start.line}:${f.ruleId}`),
    );
  } finally {
    connection.dispose();
    child.kill();
  }
});
