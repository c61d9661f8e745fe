import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

test('PRO004 fires on growth from a zero base stated as a percentage', () => {
  const text = doc('2023年本部门机关运行经费 20万元，比上年增加 20万元，增长 100%。');
  const [finding] = findingsOf(text, 'PRO004');
  assert.equal(coveredText(text, finding!), '100%');
  assert.match(finding!.message, /上年为 0/);
});

test('PRO004 is silent when last year was not zero, or when no percentage is stated', () => {
  assert.deepEqual(findingsOf(doc('2023年本部门机关运行经费 20万元，比上年增加 10万元，增长 100%。'), 'PRO004'), []);
  assert.deepEqual(findingsOf(doc('2023年本部门机关运行经费 20万元，比上年增加 20万元，上年无此项预算。'), 'PRO004'), []);
});
