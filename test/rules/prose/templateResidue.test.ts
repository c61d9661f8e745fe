import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

test('PRO006 notes template wording left in place', () => {
  const text = doc('公务接待费 0.55万元，比上年增（减）0.03万元，同比减少（增加）5.77%。');
  const findings = findingsOf(text, 'PRO006');
  assert.deepEqual(findings.map((f) => coveredText(text, f)), ['增（减）', '减少（增加）']);
  assert.ok(findings.every((f) => f.severity === 'information'));
});

test('PRO006 is silent on finished wording', () => {
  assert.deepEqual(findingsOf(doc('公务接待费 0.55万元，比上年增加 0.03万元，增长 5.77%。'), 'PRO006'), []);
});
