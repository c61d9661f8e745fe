/** The language server links a document to last year's disclosure, re-checks on its change, and hovers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver';
import { startHarness, type Published } from '../lsp/harness';
import { lastYearText, thisYearText } from './helpers';

function workspace(): { rootUri: string; thisUri: string; lastUri: string; lastPath: string } {
  const folder = mkdtempSync(join(tmpdir(), 'disclosure-ly-'));
  mkdirSync(join(folder, '2022'));
  mkdirSync(join(folder, '2023'));
  const lastPath = join(folder, '2022', '河西区医疗保障服务中心.disclosure');
  const thisPath = join(folder, '2023', '河西区医疗保障服务中心.disclosure');
  writeFileSync(lastPath, lastYearText());
  writeFileSync(thisPath, thisYearText());
  return { rootUri: pathToFileURL(folder).href, thisUri: pathToFileURL(thisPath).href, lastUri: pathToFileURL(lastPath).href, lastPath };
}

const LINE_2080505 = thisYearText().split('\n').findIndex((l) => l.includes('| 2080505 |'));

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 20000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

function lyrOn2080505(published: Published): string[] {
  return published.diagnostics.filter((d) => d.code === 'LYR003' && d.range.start.line === LINE_2080505).map((d) => d.message);
}

test('the server checks against last year\'s file on disk, with a related location in it', async () => {
  const ws = workspace();
  const h = await startHarness({ debounceMs: 20 }, {}, { rootUri: ws.rootUri });
  try {
    await h.open(ws.thisUri, thisYearText());
    const published = await h.waitForDiagnostics(ws.thisUri, 1, 20000);
    const [diagnostic] = published.diagnostics.filter((d) => d.code === 'LYR003' && d.range.start.line === LINE_2080505);
    assert.equal(diagnostic?.severity, 1);
    assert.equal(diagnostic?.relatedInformation?.[0]?.location.uri, ws.lastUri);
    const hover = (await h.client.sendRequest('textDocument/hover', {
      textDocument: { uri: ws.thisUri },
      position: diagnostic!.range.start,
    })) as Hover | null;
    const markdown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(markdown, /上年文档/);
    assert.match(markdown, /24\.00 万元/);
    assert.ok(markdown.includes(`${ws.lastUri}#L`));
    // The preview marks the same findings.
    const preview = (await h.client.sendRequest('disclosure/preview', { uri: ws.thisUri })) as { html: string } | null;
    assert.match(preview?.html ?? '', /LYR003：本文档表2 支出总表“2080505/);
  } finally {
    h.close();
  }
});

test('editing last year\'s document (open in the editor) re-checks this year\'s', async () => {
  const ws = workspace();
  const h = await startHarness({ debounceMs: 20 }, {}, { rootUri: ws.rootUri });
  try {
    await h.open(ws.thisUri, thisYearText());
    assert.equal(lyrOn2080505(await h.waitForDiagnostics(ws.thisUri, 1, 20000)).length, 1);
    const lastText = lastYearText();
    await h.open(ws.lastUri, lastText);
    await h.waitForDiagnostics(ws.lastUri, 1, 20000);
    const before = h.published.length;
    const line = lastText.split('\n').findIndex((l) => l.includes('| 2080505 |'));
    const character = lastText.split('\n')[line]!.indexOf('24.00');
    await h.change(ws.lastUri, 2, [{ range: { start: { line, character }, end: { line, character: character + 5 } }, text: '25.00' }]);
    // This year's document is published again, now agreeing with the edited (unsaved) last year's figure.
    const agreeing = await waitFor(() => h.published.slice(before).find((p) => p.uri === ws.thisUri && lyrOn2080505(p).length === 0));
    assert.ok(agreeing, 'this year\'s document was not checked again against the edited text');
  } finally {
    h.close();
  }
});

test('a change on disk (workspace/didChangeWatchedFiles) re-checks open documents', async () => {
  const ws = workspace();
  const h = await startHarness({ debounceMs: 20 }, {}, { rootUri: ws.rootUri });
  try {
    await h.open(ws.thisUri, thisYearText());
    assert.equal(lyrOn2080505(await h.waitForDiagnostics(ws.thisUri, 1, 20000)).length, 1);
    const before = h.published.length;
    writeFileSync(ws.lastPath, lastYearText().replace('| 2080505 | 机关事业单位基本养老保险缴费支出 | 24.00 |', '| 2080505 | 机关事业单位基本养老保险缴费支出 | 25.00 |'));
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.lastUri, type: 2 }] });
    const agreeing = await waitFor(() => h.published.slice(before).find((p) => p.uri === ws.thisUri && lyrOn2080505(p).length === 0));
    assert.ok(agreeing, 'open documents were not checked again after the change on disk');
  } finally {
    h.close();
  }
});
