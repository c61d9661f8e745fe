import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from '../prose/helpers';

test('TPE003 fires on 三公 growth from a zero base stated as a percentage', () => {
  const text = doc('公务用车运行维护费 6万元，比上年增 6万元，同比增加 100%，主要原因是：本年新增公务用车运行费。');
  const [finding] = findingsOf(text, 'TPE003');
  assert.equal(coveredText(text, finding!), '100%');
  assert.match(finding!.message, /公务用车运行维护费上年为 0/);
  const yuan = doc('本单位当年一般公共预算“三公”经费预算支出 7000元，较上年增加 7000 元（100%）。', { 金额单位: '元' });
  assert.equal(findingsOf(yuan, 'TPE003').length, 1);
});

test('TPE003 fires on a wrong 三公 growth rate', () => {
  const text = doc('“三公”经费预算共 7.06 万元，比上年增加 0.8 万元，增长 21.78%。');
  const [finding] = findingsOf(text, 'TPE003');
  assert.match(finding!.message, /12\.78/);
});

test('TPE003 is silent on correct 三公 statements (seed 004 wording) and on the unchanged (0, 0%)', () => {
  const text = doc(
    '“三公”经费预算共 7.06 万元，比上年增加 0.8 万元，增长 12.78%。\n\n公务用车运行维护费 6 万元，比上年增加 1 万元，增长 20%。\n\n公务接待费 1.06 万元，比上年减少 0.2 万元，下降 15.87%。\n\n公务接待费 0.14万元，比上年增 0万元，同比增加 0%。',
  );
  assert.deepEqual(findingsOf(text, 'TPE003'), []);
});
