import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

test('PRO002 fires when the same change is stated twice with two values', () => {
  const text = doc('支出总计 8132.86 万元（上年支出总计 2321.3 万元，同比增加 5811.56 万元）。\n\n预算支出比上年增加6034.96 万元，其中基本支出增加 97.96 万元。');
  const [finding, ...rest] = findingsOf(text, 'PRO002');
  assert.equal(rest.length, 0);
  assert.equal(coveredText(text, finding!), '6034.96 万元');
  assert.match(finding!.message, /6034\.96 万元.*5811\.56 万元/);
});

test('PRO002 counts a 一般公共预算 statement with the same current amount as the total (seed 003)', () => {
  const text = doc('2023年度预算收入总计6,660.17万元，比上年增加457.38万元，增加7.37%。\n\n2023年度一般公共预算当年拨款6,660.17万元，比上年增加6660.17万元。');
  assert.equal(findingsOf(text, 'PRO002').length, 1);
});

test('PRO002 is silent when the values agree, or when the 一般公共预算 states its own, different base', () => {
  assert.deepEqual(findingsOf(doc('收入预算增加259.41万元。\n\n支出预算增加 259.41 万元。\n\n收入预算增加 259.41 万元。'), 'PRO002'), []);
  const text = doc('支出总计 8132.86 万元（上年支出总计 2321.3 万元，同比增加 5811.56 万元）。\n\n2023 年度一般公共预算支出 8132.86 万元，比去年预算2097.9 万元增加 6034.96 万元。');
  assert.deepEqual(findingsOf(text, 'PRO002'), []);
});
