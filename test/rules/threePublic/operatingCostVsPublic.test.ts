import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from '../prose/helpers';
import { basicTable } from '../prose/tables';

test('TPE004 fires for an administrative unit whose 机关运行经费 is not its 公用经费', () => {
  const text = doc(`本单位 2023 年度机关运行经费支出 12.00 万元。\n\n${basicTable('0.55', '6.00')}`, { 单位性质: '行政单位' });
  const [finding] = findingsOf(text, 'TPE004');
  assert.equal(coveredText(text, finding!), '12.00 万元');
  assert.match(finding!.message, /行政单位.*公用经费 10\.00 万元.*12\.00 万元/);
});

test('TPE004 is silent when they agree, and for units whose nature does not make the identity hold', () => {
  assert.deepEqual(findingsOf(doc(`本单位 2023 年度机关运行经费支出 10.00 万元。\n\n${basicTable('0.55', '6.00')}`, { 单位性质: '参公事业单位' }), 'TPE004'), []);
  assert.deepEqual(findingsOf(doc(`本单位 2023 年度机关运行经费支出 12.00 万元。\n\n${basicTable('0.55', '6.00')}`, { 单位性质: '事业单位' }), 'TPE004'), []);
  assert.deepEqual(findingsOf(doc(`本单位 2023 年度机关运行经费支出 12.00 万元。\n\n${basicTable('0.55', '6.00')}`), 'TPE004'), []);
});
