import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from '../prose/helpers';
import { basicTable, THREE_PUBLIC_TABLE } from '../prose/tables';

test('TPE001 is an error when a 三公 item is below its basic-expenditure line', () => {
  const text = doc(`${THREE_PUBLIC_TABLE}\n${basicTable('0.80', '6.00')}`);
  const findings = findingsOf(text, 'TPE001');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'error');
  assert.equal(coveredText(text, findings[0]!), '0.55');
  assert.match(findings[0]!.message, /公务接待费 0\.55 万元 小于.*30217.*0\.80/);
});

test('TPE001 is only a hint when a 三公 item exceeds its basic line (the rest may be project spending)', () => {
  const text = doc(`${THREE_PUBLIC_TABLE}\n${basicTable('0.55', '3.00')}`);
  const findings = findingsOf(text, 'TPE001');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'hint');
  assert.match(findings[0]!.message, /公务用车运行维护费 6\.00 万元 大于.*30231.*3\.00 万元/);
});

test('TPE001 is silent when each item equals its line', () => {
  assert.deepEqual(findingsOf(doc(`${THREE_PUBLIC_TABLE}\n${basicTable('0.55', '6.00')}`), 'TPE001'), []);
});
