import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

test('PRO010 fires on a numbered list with a gap (1, 3, 4)', () => {
  const text = doc('1.社会保障和就业（类）11.33 万元。\n3.卫生健康支出（类）75.76 万元。\n4.住房保障支出（类）6.95 万元。');
  const [finding, ...rest] = findingsOf(text, 'PRO010');
  assert.equal(rest.length, 0);
  assert.equal(coveredText(text, finding!), '3.');
  assert.match(finding!.message, /缺少第 2 项/);
});

test('PRO010 is silent on lists without gaps, lists that restart, and lists that begin inside a paragraph', () => {
  assert.deepEqual(findingsOf(doc('1. 甲\n2. 乙\n\n说明文字。\n\n3. 丙'), 'PRO010'), []);
  assert.deepEqual(findingsOf(doc('1. 甲\n2. 乙\n\n## 二、下一节\n\n1. 丙\n2. 丁'), 'PRO010'), []);
  assert.deepEqual(findingsOf(doc('其中：1.因公出国（境）费 0 万元。\n2.公务用车购置及运行费 6 万元。\n3.公务接待费 1.06 万元。'), 'PRO010'), []);
});
