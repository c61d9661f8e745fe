import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { doc } from '../helpers/fixtures';

const TABLE = `表：支出总表
单位：万元

| 科目编码 | 科目名称 | 合计 | 占比 |
|---|---|---:|---:|
| ２０１ | 一般公共服务支出 | 1,234.50 | 12.5% |
| 20101 | 人大事务 \\| 代表 | (3.00) | — |
| 20102 | 政协事务 | 1,23.4 | - |
| A01 | 其他 | ^ | < |
| 合 计 | | 12..5 | -- |
`;

test('body cells: amounts, percentages, blanks, merge markers, escaped pipes, full-width codes', () => {
  const table = parseDocument(doc(TABLE)).tables[0]!;
  const kinds = table.body.map((row) => row.cells.map((cell) => cell.kind).join(' '));
  assert.deepEqual(kinds, [
    'code text amount percent',
    'code text amount blank',
    'code text text blank',
    'code text merge-up merge-left',
    'text blank text text',
  ]);
  assert.deepEqual(table.body.map((row) => row.code), ['201', '20101', '20102', 'A01', undefined]);
  assert.equal(table.body[1]!.name, '人大事务 | 代表');
  const negative = table.body[1]!.cells[2]!.amount!;
  assert.equal(negative.value.toFixed(2), '-3.00');
  assert.equal(negative.decimals, 2);
  const grouped = table.body[0]!.cells[2]!.amount!;
  assert.deepEqual([grouped.value.toString(), grouped.decimals, grouped.grouped, grouped.unit], ['1234.5', 2, true, '万元']);
  assert.equal(table.body[0]!.cells[3]!.percent!.value.toString(), '12.5');
  assert.equal(table.body[4]!.label, '合 计');
});

test('a figure that is not a number is reported once per cell (SYN009), text that merely starts oddly is not', () => {
  const text = doc(TABLE);
  const findings = parseDocument(text).syntaxFindings.filter((f) => f.ruleId === 'SYN009');
  assert.deepEqual(findings.map((f) => /“(.*?)”/.exec(f.message)?.[1]), ['1,23.4', '12..5']);
  // Each finding covers exactly the figure as written.
  const lines = text.split('\n');
  for (const finding of findings) {
    const { start, end } = finding.range;
    assert.equal(start.line, end.line);
    assert.equal(lines[start.line]!.slice(start.character, end.character), /“(.*?)”/.exec(finding.message)![1]);
  }
});

test('performance forms hold free text: no number syntax check there', () => {
  const form = TABLE.replace('表：支出总表', '表：项目支出绩效目标表');
  const document = parseDocument(doc(form));
  assert.equal(document.tables[0]!.kind, 'performance');
  assert.equal(document.syntaxFindings.filter((f) => f.ruleId === 'SYN009').length, 0);
});
