// Runs the TextMate grammar with VS Code's own tokenizer (vscode-textmate + the Oniguruma WASM) on a
// seed and on small lines, and checks the scopes of a few tokens.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import { readSeed } from '../helpers/fixtures';

const require = createRequire(import.meta.url);
const GRAMMAR_PATH = fileURLToPath(new URL('../../syntaxes/disclosure.tmLanguage.json', import.meta.url));

let grammar: textmate.IGrammar;

const loading = (async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.disclosure' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar('text.disclosure');
  assert.ok(loaded, 'grammar loads');
  grammar = loaded;
})();

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the first token on `lineText` whose text (trimmed) is `tokenText`. */
function scopesOf(lines: Token[][], source: string[], lineText: string | RegExp, tokenText: string): string[] {
  const index = source.findIndex((l) => (typeof lineText === 'string' ? l.startsWith(lineText) : lineText.test(l)));
  assert.ok(index >= 0, `line ${String(lineText)} exists`);
  const token = lines[index]!.find((t) => t.text.trim() === tokenText);
  assert.ok(token, `token ${tokenText} on line ${index + 1}: ${JSON.stringify(lines[index]!.map((t) => t.text))}`);
  return token.scopes;
}

describe('TextMate grammar on seed 000', () => {
  const text = readSeed('000');
  const source = text.split(/\r?\n/);
  let lines: Token[][];
  before(async () => {
    await loading;
    lines = tokenize(text);
  });

  it('scopes the front matter keys and values', () => {
    assert.ok(scopesOf(lines, source, '单位:', '单位').includes('entity.name.tag.key.disclosure'));
    assert.ok(scopesOf(lines, source, '金额单位:', '万元').includes('string.unquoted.value.disclosure'));
    assert.ok(scopesOf(lines, source, '---', '---').some((s) => s.startsWith('punctuation.definition.frontmatter')));
  });

  it('scopes headings with their numbering', () => {
    const hashes = scopesOf(lines, source, '# 第一部分', '#');
    assert.ok(hashes.includes('punctuation.definition.heading.disclosure'));
    assert.ok(scopesOf(lines, source, '### （一）收入预算情况', '（一）').includes('constant.numeric.heading-number.disclosure'));
  });

  it('scopes captions: keyword, number and name', () => {
    assert.ok(scopesOf(lines, source, '表：附表 4-5', '表').includes('keyword.other.caption.disclosure'));
    assert.ok(scopesOf(lines, source, '表：附表 4-5', '附表 4-5').includes('constant.other.table-number.disclosure'));
    assert.ok(scopesOf(lines, source, '表：附表 4-5', '一般公共预算支出表').includes('entity.name.type.table.disclosure'));
  });

  it('scopes table pipes, codes in first cells, amounts and the delimiter row', () => {
    const row = '| 2080502 | 事业单位离退休 | 30.00 |';
    assert.ok(scopesOf(lines, source, row, '2080502').includes('constant.other.code.disclosure'));
    assert.ok(scopesOf(lines, source, row, '30.00').includes('constant.numeric.amount.disclosure'));
    assert.ok(!scopesOf(lines, source, row, '30.00').includes('constant.other.code.disclosure'));
    assert.ok(scopesOf(lines, source, row, '|').includes('punctuation.separator.table.cell.disclosure'));
    assert.ok(scopesOf(lines, source, /^\|---\|---\|---:\|---:\|---:\|---:\|---:\|$/, '|---|---|---:|---:|---:|---:|---:|').includes('punctuation.definition.table.delimiter.disclosure'));
    assert.ok(scopesOf(lines, source, '|  | 合计 | 8,132.86', '8,132.86').includes('constant.numeric.amount.disclosure'));
  });

  it('scopes amounts with units and percentages in prose', () => {
    const line = /^收入总计 8132\.86 万元/;
    assert.ok(scopesOf(lines, source, line, '8132.86').includes('constant.numeric.amount.disclosure'));
    assert.ok(scopesOf(lines, source, line, '万元').includes('keyword.other.unit.disclosure'));
    assert.ok(scopesOf(lines, source, line, '250.36%').includes('constant.numeric.percentage.disclosure'));
  });

  it('scopes notes and the table attribute unit', () => {
    assert.ok(scopesOf(lines, source, '本表无数据', '本表无数据').includes('keyword.other.note.disclosure'));
    assert.ok(scopesOf(lines, source, '备注：', '备注：').includes('keyword.other.note.disclosure'));
    assert.ok(scopesOf(lines, source, '部门/单位：曾都区医疗保障服务中心 单位：万元', '万元').includes('keyword.other.unit.disclosure'));
  });

  it('scopes glossary terms in 名词解释 entries, and only there', () => {
    assert.ok(scopesOf(lines, source, '（七）“三公”经费：', '“三公”经费').includes('variable.other.glossary-term.disclosure'));
    // A list item outside 名词解释 with a colon is not a glossary entry.
    const index = source.findIndex((l) => l.startsWith('1. 社会保障和就业支出（类）55.56 万元：'));
    assert.ok(index >= 0);
    assert.ok(lines[index]!.every((t) => !t.scopes.includes('variable.other.glossary-term.disclosure')));
    assert.ok(lines[index]![0]!.scopes.includes('markup.list.numbered.marker.disclosure'));
  });
});

describe('TextMate grammar on small lines', () => {
  before(() => loading);
  it('scopes bindings and comments', () => {
    const source = ['预算安排 4608 万元{=附表4-9/城乡居民医疗保险地方配套/合计}，全部为当年资金。', '<!-- 待核对 -->'];
    const lines = tokenize(source.join('\n'));
    assert.ok(scopesOf(lines, source, '预算安排', '附表4-9/城乡居民医疗保险地方配套/合计').includes('variable.other.reference.binding.disclosure'));
    assert.ok(scopesOf(lines, source, '<!--', '待核对').includes('comment.block.html.disclosure'));
  });

  it('scopes merge markers and split codes', () => {
    const source = ['| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 1.00 |', '| ^ | 32 | < |'];
    const lines = tokenize(source.join('\n'));
    assert.ok(scopesOf(lines, source, '| 208', '208 | 05').includes('constant.other.code.disclosure'));
    assert.ok(scopesOf(lines, source, '| ^', '^').includes('keyword.operator.merge.disclosure'));
  });
});
