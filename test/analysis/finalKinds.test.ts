import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeTableKind, tableKindName } from '../../server/src/recognition/tableKinds';
import { parseDocument } from '../../server/src/model/buildModel';
import { explainTable } from '../../server/src/analysis/explainTableHover';
import { FINAL_FIXTURE, readFinalFixture } from '../rules/finalAccounts/helpers';

test('the nine 决算 tables are recognised by caption in a 决算', () => {
  const expected: Array<[string, string]> = [
    ['收入支出决算总表', 'income-expenditure-summary'],
    ['收入决算表', 'income-summary'],
    ['支出决算表', 'expenditure-summary'],
    ['财政拨款收入支出决算总表', 'fiscal-summary'],
    ['一般公共预算财政拨款支出决算表', 'general-budget-expenditure'],
    ['一般公共预算财政拨款基本支出决算表', 'general-budget-basic'],
    ['财政拨款“三公”经费支出决算表', 'three-public'],
    ['政府性基金预算财政拨款收入支出决算表', 'fund-expenditure'],
    ['国有资本经营预算财政拨款收入支出决算表', 'state-capital'],
  ];
  for (const [caption, kind] of expected) assert.equal(recognizeTableKind(caption, '部门决算'), kind, caption);
  assert.equal(tableKindName('fiscal-summary', '单位决算'), '财政拨款收入支出决算总表');
  assert.equal(tableKindName('fiscal-summary', '部门预算'), '财政拨款收支总表');
});

test('budget captions keep their kinds; 决算 wording is only read as 决算', () => {
  assert.equal(recognizeTableKind('收支总表', '部门预算'), 'income-expenditure-summary');
  assert.equal(recognizeTableKind('一般公共预算基本支出表', '部门预算'), 'general-budget-basic');
  assert.equal(recognizeTableKind('收入总表'), 'income-summary');
  // In a 决算, a budget-style caption still finds its kind.
  assert.equal(recognizeTableKind('财政拨款收支总表', '单位决算'), 'fiscal-summary');
});

test('the fixture’s tables are all recognised and the caption hover says how the two panels are read', () => {
  const document = parseDocument(readFinalFixture(), FINAL_FIXTURE);
  const kinds = document.tables.map((t) => t.kind);
  assert.deepEqual(kinds.slice(1), [
    'income-expenditure-summary',
    'income-summary',
    'expenditure-summary',
    'fiscal-summary',
    'general-budget-expenditure',
    'general-budget-basic',
    'three-public',
    'fund-expenditure',
    'state-capital',
  ]);
  const basic = document.tables.find((t) => t.kind === 'general-budget-basic')!;
  const hover = explainTable(document, basic);
  assert.match(hover, /识别为：一般公共预算财政拨款基本支出决算表/);
  assert.match(hover, /左右分栏/);
  assert.match(hover, /FIN002 人员经费\/公用经费合计与经济分类类级不符：核对 2 项，1 处不符/);
});

test('the same caption is read by the document kind it is in, whichever document came first', () => {
  // Kinds are remembered per caption: a 决算 reading must not leak into a budget document, nor the reverse.
  const caption = '政府性基金收支表'; // a budget's 收支表 of the fund; in a 决算 the fund's expenditure table
  const first = ['部门预算', '部门决算'].map((documentKind) => recognizeTableKind(caption, documentKind));
  const second = ['部门决算', '部门预算'].map((documentKind) => recognizeTableKind(caption, documentKind)).reverse();
  assert.equal(first[0], 'fund-summary');
  assert.equal(first[1], 'fund-expenditure');
  assert.deepEqual(second, first);
});
