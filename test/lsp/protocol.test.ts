/** In-process protocol tests: the real server and a JSON-RPC client over a pair of streams. */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, LocationLink, SelectionRange, TextEdit } from 'vscode-languageserver/node';
import { doc, readSeed } from '../helpers/fixtures';
import { applyEdits } from '../../server/src/fixes/textEdits';
import { fixAll } from '../../server/src/fixes/fixAll';
import { displayWidth } from '../../server/src/features/formatting/displayWidth';
import { startHarness, sleep, type Harness } from './harness';

const GLOSSARY_DOC = doc(`# 第一部分 概况

本单位基本支出 385.86 万元，项目支出 7747 万元，机关运行经费另列。

表：附表 4-3 支出总表
单位：万元

| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---:|---:|---:|
| | 合计 | 8132.86 | 385.86 | 7747.00 |
| 208 | 社会保障和就业支出 | 55.56 | 55.56 | 0.00 |

# 第五部分 名词解释

（一）基本支出：指为保障机构正常运转、完成日常工作任务而发生的支出。
`);

function lineOf(text: string, needle: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `找不到“${needle}”`);
  return { line, character: lines[line]!.indexOf(needle) };
}

describe('language server protocol', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ debounceMs: 80 });
  });
  after(() => h.close());

  test('initialize announces incremental sync and the features', async () => {
    const other = await startHarness();
    try {
      const result = (await other.client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as {
        capabilities: Record<string, unknown> & { textDocumentSync: { change: number }; codeActionProvider: { codeActionKinds: string[] } };
      };
      assert.equal(result.capabilities.textDocumentSync.change, 2);
      for (const key of ['hoverProvider', 'definitionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'completionProvider']) {
        assert.ok(result.capabilities[key], key);
      }
      assert.ok(result.capabilities.codeActionProvider.codeActionKinds.includes('source.fixAll.disclosure'));
    } finally {
      other.close();
    }
  });

  test('diagnostics are published after open, with rule id, source and fix data', async () => {
    const uri = 'file:///t/open.disclosure';
    await h.open(uri, '# 没有元数据头的文档\n\n正文。\n');
    const published = await h.waitForDiagnostics(uri, 1);
    const syn003 = published.diagnostics.find((d) => d.code === 'SYN003');
    assert.ok(syn003, JSON.stringify(published.diagnostics));
    assert.equal(syn003.source, 'disclosure');
    assert.equal(syn003.severity, 2);
    assert.deepEqual((syn003.data as { ruleId: string }).ruleId, 'SYN003');
  });

  test('changes are debounced and older versions are never published', async () => {
    const uri = 'file:///t/burst.disclosure';
    const text = doc('# 标题\n\n正文。\n');
    await h.open(uri, text);
    await h.waitForDiagnostics(uri, 1);
    const before = h.published.length;
    const end = { line: text.split('\n').length - 1, character: 0 };
    const started = Date.now();
    for (let version = 2; version <= 8; version++) {
      await h.change(uri, version, [{ range: { start: end, end }, text: 'x' }]);
      await sleep(10);
    }
    const last = await h.waitForDiagnostics(uri, 8);
    assert.ok(last.at - started >= 80, 'published before the debounce delay');
    await sleep(200);
    const burst = h.published.slice(before).filter((p) => p.uri === uri);
    assert.deepEqual(burst.map((p) => p.version), [8]);
    assert.equal(h.server.store.get(uri)?.getText().endsWith('xxxxxxx'), true);
  });

  test('hover shows the document’s definition and a built-in explanation for undefined terms', async () => {
    const uri = 'file:///t/hover.disclosure';
    await h.open(uri, GLOSSARY_DOC);
    const at = lineOf(GLOSSARY_DOC, '基本支出 385.86');
    const hover = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: at.line, character: at.character + 1 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /基本支出/);
    assert.match(value, /保障机构正常运转/);
    assert.match(value, new RegExp(`第 ${lineOf(GLOSSARY_DOC, '（一）基本支出').line + 1} 行`));
    const builtinAt = lineOf(GLOSSARY_DOC, '机关运行经费');
    const builtin = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: builtinAt.line, character: builtinAt.character + 2 } })) as Hover;
    assert.match((builtin.contents as { value: string }).value, /内置解释/);
    const nothing = await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(nothing, null);
  });

  test('hover and completion use the parsed model: one parse per version', async () => {
    const uri = 'file:///t/parse-once.disclosure';
    await h.open(uri, GLOSSARY_DOC);
    await h.waitForDiagnostics(uri, 1);
    const parses = h.server.store.parseCount;
    const at = lineOf(GLOSSARY_DOC, '项目支出 7747');
    for (let i = 0; i < 5; i++) {
      await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: at });
      await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: at });
    }
    assert.equal(h.server.store.parseCount, parses);
  });

  test('while typing on one line, hovers elsewhere use the latest parsed model without parsing', async () => {
    const uri = 'file:///t/typing.disclosure';
    const debounced = await startHarness({ debounceMs: 5000 });
    try {
      await debounced.open(uri, GLOSSARY_DOC);
      await debounced.waitForDiagnostics(uri, 1);
      const edited = lineOf(GLOSSARY_DOC, '# 第一部分');
      await debounced.change(uri, 2, [{ range: { start: { line: edited.line, character: 8 }, end: { line: edited.line, character: 8 } }, text: '字' }]);
      const parses = debounced.server.store.parseCount;
      const at = lineOf(GLOSSARY_DOC, '基本支出 385.86');
      const hover = (await debounced.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })) as Hover;
      assert.match((hover.contents as { value: string }).value, /保障机构正常运转/);
      assert.equal(debounced.server.store.parseCount, parses, 'no parse for a hover on an unchanged line');
      await debounced.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: edited.line, character: 3 } });
      assert.equal(debounced.server.store.parseCount, parses + 1, 'the edited line needs the new version');
    } finally {
      debounced.close();
    }
  });

  test('definition goes from a term to its glossary entry', async () => {
    const uri = 'file:///t/definition.disclosure';
    await h.open(uri, GLOSSARY_DOC);
    const at = lineOf(GLOSSARY_DOC, '基本支出 385.86');
    const links = (await h.client.sendRequest('textDocument/definition', { textDocument: { uri }, position: at })) as LocationLink[];
    const entry = lineOf(GLOSSARY_DOC, '（一）基本支出');
    const link = links.find((l) => l.targetSelectionRange.start.line === entry.line);
    assert.ok(link, JSON.stringify(links));
    assert.equal(link.targetSelectionRange.start.character, entry.character + 3);
    assert.equal(link.targetUri, uri);
  });

  test('document symbols nest tables under headings; folding covers sections and tables', async () => {
    const uri = 'file:///t/symbols.disclosure';
    await h.open(uri, GLOSSARY_DOC);
    const symbols = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['第一部分 概况', '第五部分 名词解释']);
    assert.equal(symbols[0]!.children?.[0]?.name, '附表 4-3 支出总表');
    const folding = (await h.client.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    const caption = lineOf(GLOSSARY_DOC, '表：附表 4-3');
    const lastRow = lineOf(GLOSSARY_DOC, '| 208 |');
    assert.ok(folding.some((f) => f.startLine === caption.line && f.endLine === lastRow.line), JSON.stringify(folding));
    const section = lineOf(GLOSSARY_DOC, '# 第一部分');
    assert.ok(folding.some((f) => f.startLine === section.line && f.endLine === lastRow.line));
    const selection = (await h.client.sendRequest('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [{ line: lastRow.line, character: lastRow.character + 10 }],
    })) as SelectionRange[];
    let depth = 0;
    for (let s: SelectionRange | undefined = selection[0]; s; s = s.parent) depth++;
    assert.ok(depth >= 4, `cell → row → table → section → document, got ${depth}`);
  });

  test('formatting aligns pipes by display width and keeps every figure', async () => {
    const uri = 'file:///t/format.disclosure';
    const text = doc(`表：附表 4-3 支出总表
单位：万元

|科目编码|科目名称|合计|
|---|---|---:|
|208|社会保障和就业支出|55.56|
|20805|行政事业单位养老支出|1,055.2|
`);
    await h.open(uri, text);
    const edits = (await h.client.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
    assert.ok(edits.length > 0);
    const formatted = applyEdits(text, edits);
    const rows = formatted.split('\n').filter((l) => l.startsWith('|'));
    const pipeColumns = (line: string): number[] => {
      const columns: number[] = [];
      let width = 0;
      for (const ch of line) {
        if (ch === '|') columns.push(width);
        width += displayWidth(ch);
      }
      return columns;
    };
    for (const row of rows) assert.deepEqual(pipeColumns(row), pipeColumns(rows[0]!), row);
    assert.ok(formatted.includes('|    55.56 |') || /\|\s+55\.56 \|/.test(formatted));
    assert.ok(formatted.includes('1,055.2 |'), 'figure spelling unchanged without normalizeNumbers');
    const again = (await h.client.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    assert.deepEqual(again, [], 'a range before the table formats nothing');
  });

  test('code actions: quick-fix from diagnostic data, fix all, tab rows to a table', async () => {
    const uri = 'file:///t/actions.disclosure';
    const text = doc('表：附表 4-3 支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n| 208 | 社会保障和就业支出 | 55.56 |\n');
    await h.open(uri, text);
    const published = await h.waitForDiagnostics(uri, 1);
    const syn011 = published.diagnostics.find((d) => d.code === 'SYN011');
    assert.ok(syn011);
    const actions = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: syn011.range,
      context: { diagnostics: [syn011] },
    })) as CodeAction[];
    const quickFix = actions.find((a) => a.kind === 'quickfix');
    assert.ok(quickFix?.isPreferred);
    const fixed = applyEdits(text, quickFix.edit!.changes![uri]!);
    assert.match(fixed, /\| 科目编码 \| 科目名称 \| 合计 \|\n\|---\|---\|---\|\n/);

    const seedUri = 'file:///t/seed000.disclosure';
    const seed = readSeed('000');
    await h.open(seedUri, seed);
    const fixAllActions = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: seedUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.disclosure'] },
    })) as CodeAction[];
    assert.equal(fixAllActions.length, 1);
    assert.equal(fixAllActions[0]!.kind, 'source.fixAll.disclosure');
    const expected = fixAll(seed).edits;
    assert.ok(expected.length > 0, 'seed 000 has determined fixes');
    assert.deepEqual(fixAllActions[0]!.edit!.changes![seedUri], expected);

    const tabUri = 'file:///t/tabs.disclosure';
    const tabText = doc('粘贴的表格：\n\n科目编码\t科目名称\t合计\n208\t社会保障和就业支出\t55.56\n20805\t行政事业单位养老支出\t55.24\n');
    await h.open(tabUri, tabText);
    const at = lineOf(tabText, '208\t');
    const refactors = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: tabUri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const refactor = refactors.find((a) => a.title === '将制表符分隔的行转换为表格');
    assert.ok(refactor, JSON.stringify(refactors.map((a) => a.title)));
    const table = applyEdits(tabText, refactor.edit!.changes![tabUri]!);
    assert.ok(!table.includes('\t'));
    assert.match(table, /\| 科目编码 \| 科目名称 +\| 合计 +\|\n\| -+ \| -+ \| -+: \|\n\| 208 +\| 社会保障和就业支出 +\| +55\.56 \|/);
  });

  test('completion offers glossary terms and standard table names', async () => {
    const uri = 'file:///t/completion.disclosure';
    const text = doc('本单位基本\n\n表：\n\n# 名词解释\n\n（一）基本支出：保障运转的支出。\n');
    await h.open(uri, text);
    const termAt = lineOf(text, '本单位基本');
    const items = (await h.client.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: termAt.line, character: termAt.character + 5 },
    })) as CompletionItem[];
    const term = items.find((i) => i.label === '基本支出');
    assert.ok(term);
    assert.deepEqual((term.textEdit as TextEdit).range.start, { line: termAt.line, character: termAt.character + 3 });
    const captionAt = lineOf(text, '表：');
    const captions = (await h.client.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: captionAt.line, character: 2 },
    })) as CompletionItem[];
    assert.ok(captions.some((i) => i.label === '财政拨款收支总表'));
  });

  test('configuration changes apply without restart', async () => {
    const uri = 'file:///t/config.disclosure';
    await h.open(uri, '# 无元数据\n');
    const first = await h.waitForDiagnostics(uri, 1);
    assert.ok(first.diagnostics.some((d) => d.code === 'SYN003'));
    const count = h.published.length;
    h.settings = { debounceMs: 80, severities: { SYN003: 'off' } };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    for (let i = 0; i < 100 && !h.published.slice(count).some((p) => p.uri === uri); i++) await sleep(20);
    const again = h.published.slice(count).find((p) => p.uri === uri);
    assert.ok(again, 'revalidated after the configuration change');
    assert.ok(!again.diagnostics.some((d) => d.code === 'SYN003'));
    h.settings = { debounceMs: 80 };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  test('a file beyond maxFileSize gets one LIM001 diagnostic', async () => {
    const small = await startHarness({ maxFileSize: 1000 });
    try {
      const uri = 'file:///t/huge.disclosure';
      await small.open(uri, doc('正文。\n'.repeat(500)));
      const published = await small.waitForDiagnostics(uri, 1);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['LIM001']);
      const hover = await small.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 1 } });
      assert.equal(hover, null);
    } finally {
      small.close();
    }
  });

  test('disclosure/preview returns the version and HTML', async () => {
    const uri = 'file:///t/preview.disclosure';
    await h.open(uri, GLOSSARY_DOC, 3);
    const result = (await h.client.sendRequest('disclosure/preview', { uri })) as { version: number; html: string };
    assert.equal(result.version, 3);
    assert.match(result.html, /支出总表/);
  });
});
