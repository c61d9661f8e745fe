import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { findingsOf } from './helpers';

test('PRO005 fires on “增加” for a decrease', () => {
  const [finding] = findingsOf(doc('机关运行经费财政拨款预算71.55万元，比2022年预算73.83万元增加2.28万元。'), 'PRO005');
  assert.match(finding!.message, /应为减少 2\.28 万元.*“增加”/);
});

test('PRO005 is silent when the word matches the figures', () => {
  assert.deepEqual(findingsOf(doc('机关运行经费财政拨款预算71.55万元，比2022年预算73.83万元减少2.28万元。'), 'PRO005'), []);
});
