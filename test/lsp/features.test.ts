/** The language features as pure functions of the model (what the server's handlers call). */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { applyEdits } from '../../server/src/fixes/textEdits';
import { formatDocument } from '../../server/src/features/formatting/documentFormatter';
import { displayWidth } from '../../server/src/features/formatting/displayWidth';
import { splitRow } from '../../server/src/features/formatting/rowCells';
import { glossaryHover } from '../../server/src/features/glossaryHover';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { selectionRangeAt } from '../../server/src/features/selectionRanges';
import { rangeContains } from '../../server/src/features/ranges';
import type { DocumentSymbol } from 'vscode-languageserver';
import { doc, readSeed, SEED_IDS } from '../helpers/fixtures';

function format(text: string, normalizeNumbers = false, thousandsSeparator: 'auto' | 'always' | 'never' = 'auto'): string {
  return applyEdits(text, formatDocument(parseDocument(text), { normalizeNumbers, thousandsSeparator }));
}

describe('formatting', () => {
  test('display width counts 汉字 and full-width forms as two columns', () => {
    assert.equal(displayWidth('合计'), 4);
    assert.equal(displayWidth('ab1'), 3);
    assert.equal(displayWidth('（一）'), 6);
    assert.equal(displayWidth('\u3000'), 2);
  });

  test('tab-separated rows inside a table become pipe rows; ideographic indents and escaped pipes stay', () => {
    const text = doc('表：附表 1 收入总表\n\n| 项目 | 金额 |\n|---|---:|\n合计\t1,000.00\n|\u3000\u3000其中：a\\|b | 5.5 |\n');
    const out = format(text);
    assert.ok(!out.includes('\t'));
    assert.match(out, /\| 合计 +\| 1,000\.00 \|/);
    assert.match(out, /\| \u3000\u3000其中：a\\\|b \| +5\.5 \|/);
    assert.deepEqual(splitRow('|\u3000\u3000其中：a\\|b | 5.5 |')?.cells, ['\u3000\u3000其中：a\\|b', '5.5']);
  });

  test('formatting is idempotent and right-aligns figures only in figure columns', () => {
    const text = doc('表：附表 4-3 支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 208 | 社会保障和就业支出 | 55.56 |\n| 2080502 | 事业单位离退休 | 130.00 |\n');
    const once = format(text);
    assert.equal(format(once), once);
    assert.match(once, /\| 208 {6}\| 社会保障和就业支出 \| {2}55\.56 \|/);
  });

  test('numbers are normalised only on request, to the table’s precision, never changing a value', () => {
    const text = doc('表：附表 4-3 支出总表\n\n| 科目名称 | 合计 |\n|---|---:|\n| 甲 | 1234.5 |\n| 乙 | 6 |\n| 丙 | 12,345.67 |\n');
    assert.match(format(text), / 1234\.5 \|/);
    assert.match(format(text), / 6 \|/);
    const normalized = format(text, true, 'always');
    assert.match(normalized, /1,234\.50 \|/);
    assert.match(normalized, /6\.00 \|/);
    assert.match(normalized, /12,345\.67 \|/);
    const plain = format(text, true, 'never');
    assert.match(plain, /12345\.67 \|/);
  });

  test('formatting every seed keeps every figure and leaves non-table lines alone', () => {
    for (const id of SEED_IDS) {
      const text = readSeed(id);
      const edits = formatDocument(parseDocument(text));
      const out = applyEdits(text, edits);
      const numbers = (t: string): string[] => t.match(/\d[\d,.]*/g) ?? [];
      assert.deepEqual(numbers(out), numbers(text), id);
      const before = text.split('\n');
      const after = out.split('\n');
      assert.equal(after.length, before.length);
      before.forEach((line, i) => {
        if (!line.startsWith('|')) assert.equal(after[i], line, `${id} line ${i + 1}`);
      });
    }
  });
});

describe('glossary hover', () => {
  const text = doc('# 概况\n\n“三公”经费 6.55 万元，基本支出 1 万元。\n\n# 名词解释\n\n（一）基本支出：本文的定义。\n');
  const document = parseDocument(text);
  const line = text.split('\n').findIndex((l) => l.startsWith('“三公”'));

  test('a term the document defines shows its own definition', () => {
    const character = text.split('\n')[line]!.indexOf('基本支出') + 2;
    const hover = glossaryHover(document, { line, character });
    assert.match(hover!.markdown, /本文的定义/);
    assert.doesNotMatch(hover!.markdown, /内置解释/);
  });

  test('a standard term the document does not define shows the built-in explanation', () => {
    const hover = glossaryHover(document, { line, character: 2 });
    assert.match(hover!.markdown, /内置解释/);
    assert.match(hover!.markdown, /因公出国/);
    assert.deepEqual(hover!.range, { start: { line, character: 0 }, end: { line, character: 6 } });
  });

  test('no hover off a term', () => {
    assert.equal(glossaryHover(document, { line: 0, character: 1 }), undefined);
  });
});

describe('outline and selection ranges', () => {
  test('every table of every seed appears once in the outline, inside its parent’s range', () => {
    for (const id of SEED_IDS) {
      const document = parseDocument(readSeed(id));
      const symbols = documentSymbols(document);
      let tables = 0;
      const walk = (list: DocumentSymbol[], parent?: DocumentSymbol): void => {
        for (const s of list) {
          if (s.kind === 23) tables++;
          assert.ok(rangeContains(s.range, s.selectionRange), `${id}: ${s.name}`);
          if (parent) assert.ok(rangeContains(parent.range, s.range), `${id}: ${s.name} outside ${parent.name}`);
          walk(s.children ?? [], s);
        }
      };
      walk(symbols);
      assert.equal(tables, document.tables.length, id);
    }
  });

  test('selection ranges grow strictly from a cell to the whole document', () => {
    const text = readSeed('000');
    const document = parseDocument(text);
    const table = document.tables[2]!;
    const cell = table.body[1]!.cells[2]!;
    let range = selectionRangeAt(document, cell.range.start);
    const chain = [range.range];
    while (range.parent) {
      assert.ok(rangeContains(range.parent.range, range.range));
      range = range.parent;
      chain.push(range.range);
    }
    assert.deepEqual(chain[0], cell.range);
    assert.ok(chain.length >= 5);
    assert.deepEqual(chain[chain.length - 1]!.start, { line: 0, character: 0 });
  });
});
