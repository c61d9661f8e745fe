import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { doc } from '../helpers/fixtures';

const TWO_PANEL = `表：一般公共预算财政拨款基本支出决算表
单位：万元

| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |
|---|---|---:|---|---|---:|
| 301 | 工资福利支出 | 30.00 | 302 | 商品和服务支出 | 5.00 |
| 30101 | 基本工资 | 30.00 | 30201 | 办公费 | 5.00 |
| 303 | 对个人和家庭的补助 | 1.00 |  |  |  |
| 30302 | 退休费 | 1.00 |  |  |  |
`;

test('a header that repeats its column sequence is read as two lists of rows, left panel first', () => {
  const table = parseDocument(doc(TWO_PANEL, { 类型: '部门决算' })).tables[0]!;
  assert.equal(table.columns.length, 3);
  assert.deepEqual(table.body.map((row) => row.code), ['301', '30101', '303', '30302', '302', '30201']);
  assert.deepEqual(table.body.map((row) => row.panel), [0, 0, 0, 0, 1, 1]);
  assert.equal(table.panels?.count, 2);
  assert.equal(table.panels?.printedRows.length, 4);
  // The right panel's cells keep their place in the text and take the first panel's column indices.
  const right = table.body[4]!;
  assert.deepEqual(right.cells.map((cell) => cell.column), [0, 1, 2]);
  assert.equal(right.cells[2]!.amount?.text, '5.00');
  assert.equal(right.cells[2]!.range.start.line, table.body[0]!.cells[2]!.range.start.line);
});

test('two panels are found without any marker, also from tab-separated rows pasted from Excel', () => {
  const pasted = TWO_PANEL.replace(/^\| (.*) \|$/gm, (_, inner: string) => inner.split(' | ').join('\t')).replace(/^\t*$/gm, '');
  const table = parseDocument(doc(pasted)).tables[0]!;
  assert.equal(table.panels?.count, 2);
  assert.deepEqual(table.body.map((row) => row.code), ['301', '30101', '303', '30302', '302', '30201']);
});

test('side-by-side 收支总表 pairs and ordinary tables are not split', () => {
  const summary = parseDocument(
    doc(`表：收入支出决算总表

| 项目 | 决算数 | 项目 | 决算数 |
|---|---:|---|---:|
| 一、一般公共预算财政拨款收入 | 10.00 | 一、一般公共服务支出 | 10.00 |
`),
  ).tables[0]!;
  assert.equal(summary.panels, undefined);
  assert.equal(summary.columns.length, 4);
  const plain = parseDocument(
    doc(`表：支出表

| 科目编码 | 科目名称 | 合计 | 基本支出 |
|---|---|---:|---:|
| 208 | 社会保障和就业支出 | 1.00 | 1.00 |
`),
  ).tables[0]!;
  assert.equal(plain.panels, undefined);
});

test('the roll-ups of a two-panel table follow each panel', async () => {
  const { checkText } = await import('../../server/src/check');
  const broken = TWO_PANEL.replace('| 30201 | 办公费 | 5.00 |', '| 30201 | 办公费 | 6.00 |');
  const findings = checkText(doc(broken)).findings.filter((f) => f.ruleId === 'BAL002' || f.ruleId === 'COD006');
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /302 商品和服务支出.*5\.00.*30201 办公费 6\.00/);
  assert.deepEqual(checkText(doc(TWO_PANEL)).findings.filter((f) => f.ruleId === 'BAL002' || f.ruleId === 'COD006'), []);
});
