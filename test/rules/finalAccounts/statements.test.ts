import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/check';
import { hoverAt } from '../../../server/src/features/hover';
import { DEFAULT_SETTINGS } from '../../../server/src/config/settings';
import { doc } from '../../helpers/fixtures';

const THREE_PUBLIC = `表：财政拨款“三公”经费支出决算表
单位：万元

| 合计 | 合计 | 因公出国（境）费 | 因公出国（境）费 | 公务接待费 | 公务接待费 |
| 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 |
|---:|---:|---:|---:|---:|---:|
| 2.00 | 1.50 |  |  | 2.00 | 1.50 |
`;

function final(body: string): string {
  return doc(body, { 类型: '部门决算', 年度: '2024' });
}

function ids(text: string, ...rules: string[]) {
  return checkText(text).findings.filter((f) => rules.includes(f.ruleId));
}

test('FIN007 warns for a completion rate against a zero budget (三公 item with no 预算数)', () => {
  const text = final(`${THREE_PUBLIC}\n“三公”经费财政拨款支出年初预算为2.00万元，支出决算为1.50万元，完成预算的75.00%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务接待费支出决算为1.50万元，完成预算的75.00%。`);
  const found = ids(text, 'FIN007');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /因公出国（境）费.*预算数为 0/);
});

test('FIN007 reads the 三公 预算数 from the table and is silent when the rates hold', () => {
  const text = final(`${THREE_PUBLIC}\n“三公”经费财政拨款支出年初预算为2.00万元，支出决算为1.50万元，完成预算的75.00%，其中：公务接待费支出决算为1.50万元，完成预算的75.00%。`);
  assert.deepEqual(ids(text, 'FIN006', 'FIN007', 'FIN008'), []);
  const wrong = final(`${THREE_PUBLIC}\n“三公”经费财政拨款支出年初预算为2.00万元，支出决算为1.50万元，完成预算的75.00%，其中：公务接待费支出决算为1.50万元，完成预算的70.00%。`);
  const [finding] = ids(wrong, 'FIN007');
  assert.match(finding!.message, /公务接待费完成率应为 决算数 1\.50 万元 ÷ 表中预算数 2\.00 万元 = 75\.00%/);
});

test('FIN007 tells 年初预算 from 调整后预算: a rate on another basis is not checked', () => {
  const text = final('一般公共预算财政拨款支出调整后预算为120.00万元，支出决算为100.00万元，完成年初预算的90.00%。');
  assert.deepEqual(ids(text, 'FIN007'), []);
  const same = final('一般公共预算财政拨款支出调整后预算为120.00万元，支出决算为100.00万元，完成调整后预算的90.00%。');
  assert.match(ids(same, 'FIN007')[0]!.message, /= 83\.33%/);
});

test('FIN007 rounding only is information', () => {
  const text = final('一般公共预算财政拨款支出年初预算为3.00万元，支出决算为2.00万元，完成年初预算的66.6%。');
  const [finding] = ids(text, 'FIN007');
  assert.equal(finding?.severity, 'information');
});

test('FIN008 is silent when the wording matches and for “基本持平”', () => {
  const text = final('一般公共预算财政拨款支出年初预算为100.00万元，支出决算为98.00万元。决算数小于预算数的主要原因：节约。\n\n一般公共预算财政拨款支出年初预算为100.00万元，支出决算为99.90万元。决算数与预算数基本持平。');
  assert.deepEqual(ids(text, 'FIN008'), []);
  const wrong = final('一般公共预算财政拨款支出年初预算为100.00万元，支出决算为98.00万元。决算数与预算数持平。');
  assert.match(ids(wrong, 'FIN008')[0]!.message, /决算数与预算数持平.*98\.00 万元小于预算数 100\.00 万元/);
});

test('a 决算 does not compare its 年初预算 with the tables (only its 决算 figures)', () => {
  const text = final(`表：一般公共预算财政拨款支出决算表
单位：万元

| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---:|---:|---:|
| 208 | 社会保障和就业支出 | 98.00 | 98.00 |  |
|  | 合计 | 98.00 | 98.00 |  |

一般公共预算财政拨款支出年初预算为100.00万元，支出决算为98.00万元，完成年初预算的98.00%。`);
  assert.deepEqual(checkText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
});

test('hovering a completion rate shows 决算数 ÷ 预算数', () => {
  const text = final('一般公共预算财政拨款支出年初预算为1,050.00万元，支出决算为1,000.00万元，完成年初预算的95.24%。');
  const { document } = checkText(text);
  const line = text.split('\n').findIndex((l) => l.includes('95.24%'));
  const character = text.split('\n')[line]!.indexOf('95.24');
  const hover = hoverAt(document, { line, character: character + 1 }, { settings: DEFAULT_SETTINGS } as never);
  const value = (hover?.contents as { value: string }).value;
  assert.match(value, /完成率复算.*1,000\.00 万元 ÷ 预算数 1,050\.00 万元 = 95\.2381%（说明写 95\.24%）/);
});

test('FIN011: a table said to be empty (note or prose) that holds figures', () => {
  const fund = (figure: string) => `表：政府性基金预算财政拨款收入支出决算表
单位：万元

| 科目编码 | 科目名称 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 |
|---|---|---:|---:|---:|---:|
|  | 合计 |  | ${figure} | ${figure} |  |
注：本单位无政府性基金预算财政拨款支出，故本表无数据。

本单位2024年度无政府性基金预算财政拨款收入和支出。`;
  const found = ids(final(fund('5.00')), 'FIN011');
  assert.equal(found.length, 2);
  assert.match(found[0]!.message, /本表无数据.*5\.00/);
  assert.match(found[1]!.message, /无政府性基金预算财政拨款收入和支出.*5\.00/);
  assert.deepEqual(ids(final(fund('')), 'FIN011'), []);
});

test('FIN011 judges “无“三公”经费财政拨款支出” on the 决算数 columns only (a 预算数 may exist)', () => {
  const text = final(`${THREE_PUBLIC.replace('| 2.00 | 1.50 |  |  | 2.00 | 1.50 |', '| 2.00 |  |  |  | 2.00 |  |')}\n本单位2024年度无“三公”经费财政拨款支出。`);
  assert.deepEqual(ids(text, 'FIN011'), []);
  const spent = final(`${THREE_PUBLIC}\n本单位2024年度无“三公”经费财政拨款支出。`);
  assert.match(ids(spent, 'FIN011')[0]!.message, /1\.50/);
});

test('FIN012: the 人员经费 items listed against the lines of the 基本支出决算表 that hold a figure', () => {
  const table = `表：一般公共预算财政拨款基本支出决算表
单位：万元

| 经济分类科目编码 | 科目名称 | 决算数 | 经济分类科目编码 | 科目名称 | 决算数 |
|---|---|---:|---|---|---:|
| 303 | 对个人和家庭的补助 | 5.31 | 302 | 商品和服务支出 | 2.00 |
| 30302 | 退休费 | 5.00 | 30201 | 办公费 | 2.00 |
| 30309 | 奖励金 | 0.31 |  |  |  |
| 30310 | 个人农业生产补贴 |  |  |  |  |
`;
  const wrong = final(`${table}\n一般公共预算财政拨款基本支出7.31万元。其中：人员经费5.31万元，主要包括：退休费、个人农业生产补贴；公用经费2.00万元，主要包括：办公费。`);
  const [finding] = ids(wrong, 'FIN012');
  assert.equal(finding?.severity, 'warning');
  assert.match(finding!.message, /列举了 个人农业生产补贴.*为空.*30309 奖励金 0\.31 有数/);
  const right = final(`${table}\n一般公共预算财政拨款基本支出7.31万元。其中：人员经费5.31万元，主要包括：退休费、奖励金；公用经费2.00万元，主要包括：办公费。`);
  assert.deepEqual(ids(right, 'FIN012'), []);
});

test('FIN013: amounts awarded to 中小企业 cannot exceed the 政府采购金额', () => {
  const text = (a: string, b: string) =>
    final(`## 十一、其他重要事项的情况说明\n\n本单位2024年度政府采购金额（以合同签订为准）为100.00万元，其中：货物采购金额40.00万元、工程采购金额0万元、服务采购金额60.00万元。\n\n在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${a}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${b}万元。`);
  const [over] = ids(text('80.00', '30.00'), 'FIN013');
  assert.equal(over?.severity, 'error');
  assert.match(over!.message, /80\.00 \+ 30\.00 = 110\.00 万元，超过了政府采购金额 100\.00 万元/);
  assert.equal(ids(text('80.00', '20.01'), 'FIN013')[0]?.severity, 'information');
  assert.deepEqual(ids(text('80.00', '20.00'), 'FIN013'), []);
});

test('FIN014: the items’ 年初预算 add up to the total’s when they cover every 项 of the table', () => {
  const table = `表：一般公共预算财政拨款支出决算表
单位：万元

| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---|---|---:|---:|---:|
| 208 |  |  | 社会保障和就业支出 | 90.00 | 90.00 |  |
| 208 | 05 |  | 行政事业单位养老支出 | 90.00 | 90.00 |  |
| 208 | 05 | 01 | 行政单位离退休 | 30.00 | 30.00 |  |
| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 60.00 | 60.00 |  |
|  |  |  | 合计 | 90.00 | 90.00 |  |
`;
  const prose = (total: string) => `## 五、一般公共预算财政拨款支出决算情况说明

一般公共预算财政拨款支出年初预算为${total}万元，支出决算为90.00万元，完成年初预算的${total === '100.00' ? '90.00' : '94.74'}%。其中：

1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为35.00万元，支出决算为30.00万元。

2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为65.00万元，支出决算为60.00万元。`;
  assert.deepEqual(ids(final(`${table}\n${prose('100.00')}`), 'FIN014'), []);
  const [finding] = ids(final(`${table}\n${prose('95.00')}`), 'FIN014');
  assert.match(finding!.message, /年初预算为 95\.00 万元.*2 个项级科目.*100\.00 万元/);
});
