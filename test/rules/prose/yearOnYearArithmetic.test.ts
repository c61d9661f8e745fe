import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { applyEdits } from '../../../server/src/fixes/textEdits';
import { coveredText, findingsOf } from './helpers';

test('PRO003 fires when A ≠ 本年 − 上年, with the recomputed amount as fix', () => {
  const text = doc('资产总额 56.36万元，较上年 42.82 万元增加 13.64万元。');
  const [finding] = findingsOf(text, 'PRO003');
  assert.equal(coveredText(text, finding!), '13.64万元');
  assert.match(finding!.message, /56\.36 万元 − 上年 42\.82 万元 = 13\.54 万元/);
  assert.match(applyEdits(text, finding!.fixes![0]!.edits), /增加 13\.54万元/);
});

test('PRO003 fires when B ≠ A ÷ 上年, with the recomputed percentage as fix', () => {
  const text = doc('收入总计 94.04 万元（上年收入总计 93.42 万元，同比增加 0.62 万元，同比增幅 6.60 %）。');
  const [finding] = findingsOf(text, 'PRO003');
  assert.equal(coveredText(text, finding!), '6.60 %');
  assert.match(finding!.message, /0\.66/);
  assert.match(applyEdits(text, finding!.fixes![0]!.edits), /同比增幅 0\.66 %/);
});

test('PRO003 is silent on correct statements and on percentages within rounding', () => {
  assert.deepEqual(findingsOf(doc('收入总计 8132.86 万元（上年收入总计 2321.3 万元，同比增加 5811.56 万元，同比增加 250.36%）。'), 'PRO003'), []);
  // 457.38 ÷ 6202.79 = 7.3738…%: 7.37 is right and 7.4 is within the rounding of its one decimal.
  assert.deepEqual(findingsOf(doc('2023年度预算收入总计6,660.17万元，比上年增加457.38万元，增加7.37%。'), 'PRO003'), []);
  assert.deepEqual(findingsOf(doc('2023年度预算收入总计6,660.17万元，比上年增加457.38万元，增加7.4%。'), 'PRO003'), []);
});
