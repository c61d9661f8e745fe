/** Body cells make their range when read: every reader still sees a plain cell's range, in its place. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';

const TEXT = '表：支出表\n\n| 科目名称 | 金额 | 占比 |\n|---|---:|---:|\n|  人员经费 | 1,234.50 | 12.5% |\n| 合计 |  | - |';

test('a body cell reads like a plain cell: its range, JSON and copies', () => {
  const document = parseDocument(TEXT);
  const row = document.tables[0]!.body[0]!;
  for (const cell of row.cells) {
    const start = TEXT.indexOf(cell.text, document.lineIndex.offsetAt(row.range.start));
    assert.deepEqual(cell.range, document.lineIndex.rangeOf(start, start + cell.text.length));
    assert.equal(cell.range, cell.range, 'made once, then the same object');
  }
  const amount = row.cells[1]!;
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(amount))), ['text', 'range', 'column', 'kind', 'amount']);
  assert.deepEqual(JSON.parse(JSON.stringify(amount)).range, { start: { line: 4, character: 10 }, end: { line: 4, character: 18 } });
  const last = document.tables[0]!.body[1]!.cells;
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(last[2]))), ['text', 'range', 'column', 'kind']);
  // An empty cell's range is empty, just after its pipe's spaces.
  assert.equal(last[1]!.text, '');
  assert.equal(last[1]!.range.start.character, last[1]!.range.end.character);
});

test('panel copies of body cells keep their ranges', () => {
  const text = '表：基本支出表\n\n| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n|---|---|---:|---|---|---:|\n| 301 | 工资福利支出 | 1.00 | 302 | 商品和服务支出 | 5.00 |\n';
  const table = parseDocument(text).tables[0]!;
  assert.ok(table.panels);
  const right = table.body.find((row) => row.panel === 1)!;
  const printed = table.panels.printedRows[0]!.cells[5]!;
  assert.equal(right.cells[2]!.range, printed.range);
  assert.deepEqual(Object.keys(right.cells[2]!), ['text', 'range', 'column', 'kind', 'amount']);
});
