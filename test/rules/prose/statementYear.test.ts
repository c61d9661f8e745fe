import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

test('PRO012 fires on a budget statement dated another year', () => {
  const text = doc('1、“医保信息建设和维护经费”主要内容是：运维。2024 年预算安排 10万元，全部为一般公共预算资金。', { 年度: '2025' });
  const [finding] = findingsOf(text, 'PRO012');
  assert.equal(coveredText(text, finding!), '2024');
  assert.match(finding!.message, /2025.*2024 年预算安排/);
  assert.equal(finding!.fixes![0]!.edits[0]!.newText, '2025');
});

test('PRO012 is silent on this year, on comparisons with last year and on years that date no budget', () => {
  assert.deepEqual(findingsOf(doc('2023 年预算安排 10万元。', { 年度: '2023' }), 'PRO012'), []);
  assert.deepEqual(findingsOf(doc('机关运行经费 71.55万元，比2022年预算73.83万元减少2.28万元。'), 'PRO012'), []);
  assert.deepEqual(findingsOf(doc('本中心成立于2006年1月，联系电话 3251006。'), 'PRO012'), []);
});
