/** Figures in running text: what is an amount, a percentage, a binding — and what is not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanFigures } from '../../server/src/prose/figures';

const amounts = (text: string) => scanFigures(text).amounts.map((a) => `${a.amount.value.toString()} ${a.amount.unit} (${a.amount.decimals})`);

test('amounts carry their unit, precision and separators; full-width digits read like ASCII', () => {
  assert.deepEqual(amounts('收入总计 8132.86 万元,其中财政拨款收入 9147360 元'), ['8132.86 万元 (2)', '9147360 元 (0)']);
  assert.deepEqual(amounts('共计 1,099,680元，另 ３．５亿元'), ['1099680 元 (0)', '3.5 亿元 (1)']);
  const grouped = scanFigures('328,661万元').amounts[0]!;
  assert.equal(grouped.amount.grouped, true);
  assert.equal(grouped.amount.text, '328,661');
  assert.deepEqual(amounts('（基本工资 78.85 万、津贴补贴 14.43 万）'), ['78.85 万元 (2)', '14.43 万元 (2)']);
});

test('figures without a money unit are not amounts: years, phone numbers, people, rates, targets', () => {
  assert.deepEqual(amounts('2023 年预算安排'), []);
  assert.deepEqual(amounts('联系电话：3251006'), []);
  assert.deepEqual(amounts('曾都城乡居民参保 38万人，每人 128 元/人'), []);
  assert.deepEqual(amounts('单价 50 万元以上通用设备'), []);
  assert.deepEqual(amounts('满意度≥95%'), []);
  assert.deepEqual(scanFigures('满意度≥95%').percents, []);
  assert.deepEqual(amounts('2022年务员院医产补助资金206,27万元'), [], 'a malformed group is not read as 27 万元');
});

test('percentages are found with their decimals; a figure followed by {=…} carries the binding', () => {
  const figures = scanFigures('基本支出 880.52万元，占 13.22%；项目支出 4608 万元{=附表4-9/城乡居民医疗保险地方配套/合计}。');
  assert.deepEqual(figures.percents.map((p) => [p.value.toString(), p.decimals]), [['13.22', 2]]);
  assert.equal(figures.bindings.length, 1);
  assert.equal(figures.amounts[1]!.binding?.reference, '附表4-9/城乡居民医疗保险地方配套/合计');
  assert.equal(figures.amounts[0]!.binding, undefined);
  assert.equal(figures.amounts.length, 2, 'no figure is read inside the braces');
});
