/** Completion by pinyin over the protocol: what an editor receives while the user types “shbz” in a row. */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver/node';
import { applyEdits } from '../../server/src/fixes/textEdits';
import { doc, readSeed } from '../helpers/fixtures';
import { startHarness, type Harness } from './harness';

/** Completion items in the order the editor shows them (sortText, then label). */
function ordered(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

/** What VS Code matches the typed word against: its letters must occur in order in filterText. */
function editorWouldKeep(item: CompletionItem, typed: string): boolean {
  const filter = (item.filterText ?? item.label).toLowerCase();
  let i = 0;
  for (const ch of typed.toLowerCase()) {
    i = filter.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

describe('completion by pinyin over LSP', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ debounceMs: 50 });
  });
  after(() => h.close());

  test('“shbz” typed in a new row of the 支出总表 offers 208 社会保障和就业支出 first; accepting writes code and name', async () => {
    const uri = 'file:///t/pinyin.disclosure';
    const text = doc('表：附表 4-3 支出总表\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| shbz |  | 55.56 |\n', { 年度: '2023' });
    await h.open(uri, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('| shbz'));
    const character = lines[line]!.indexOf('shbz') + 4;
    const result = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as CompletionList;
    // Incomplete: the editor asks again on the next letter instead of filtering by its own fuzzy rules.
    assert.equal(result.isIncomplete, true);
    const items = ordered(result);
    assert.equal(items[0]?.label, '208 社会保障和就业支出');
    const edit = items[0]!.textEdit as TextEdit;
    const typed = lines[line]!.slice(edit.range.start.character, character);
    assert.ok(editorWouldKeep(items[0]!, typed), `filterText “${items[0]!.filterText}” keeps “${typed}”`);
    const edited = applyEdits(text, [edit]);
    assert.match(edited.split('\n')[line]!, /^\| 208 \| 社会保障和就业支出 *\| 55\.56 \|$/);
  });

  test('full pinyin in the name cell of a seed, the name first; the readings were warmed at start', async () => {
    const uri = 'file:///t/seed-pinyin.disclosure';
    const seed = readSeed('000');
    const text = `${seed}\n表：附表 4-3 支出总表\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n|  | shehuibaozhang | 55.56 |\n`;
    await h.open(uri, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('| shehuibaozhang |'));
    const character = lines[line]!.indexOf('shehuibaozhang') + 'shehuibaozhang'.length;
    const items = ordered(await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }));
    assert.equal(items[0]?.label, '208 社会保障和就业支出');
    // Only codes (no glossary terms in a code cell), every one read so.
    assert.ok(items.length >= 1 && items.every((i) => /^\d+ /.test(i.label) && editorWouldKeep(i, 'shehuibaozhang')), items.map((i) => i.label).join(','));
    assert.ok(!items.some((i) => i.label === '20805 行政事业单位养老支出'), 'only names that read so');
  });
});
