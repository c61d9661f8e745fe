import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';
import { PROJECT_TABLE } from './tables';

test('REF001 fires on a binding that names no cell, and on a malformed one', () => {
  const text = doc(`配套资金 4708 万元{=附表4-9/不存在的项目/合计}。\n\n${PROJECT_TABLE}`);
  const [finding] = findingsOf(text, 'REF001');
  assert.equal(coveredText(text, finding!), '{=附表4-9/不存在的项目/合计}');
  assert.match(finding!.message, /不存在的项目/);
  assert.match(findingsOf(doc(`配套资金 4708 万元{=附表4-9}。\n\n${PROJECT_TABLE}`), 'REF001')[0]!.message, /格式不对/);
});

test('REF001 is silent on a binding to an existing cell (by code or by name, table by number)', () => {
  assert.deepEqual(findingsOf(doc(`配套资金 4708 万元{=附表4-9/城乡居民医疗保险地方配套/合计}。\n\n${PROJECT_TABLE}`), 'REF001'), []);
  assert.deepEqual(findingsOf(doc(`配套资金 4708 万元{=附表 4-9/P105/合计}。\n\n${PROJECT_TABLE}`), 'REF001'), []);
});
