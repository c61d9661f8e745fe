import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

test('PRO011 fires on a product whose units do not hold (1746人X60元=104760万元)', () => {
  const text = doc('我县特殊人群参加城乡居民医保县级配套标准为1746人X60元=104760万元，用以补助。');
  const [finding] = findingsOf(text, 'PRO011');
  assert.equal(coveredText(text, finding!), '1746人X60元=104760万元');
  assert.match(finding!.message, /104760 元.*10\.48 万元/);
});

test('PRO011 also reads products in table text cells, and quotients', () => {
  const table = doc('表：项目表\n\n| 项目 | 说明 |\n|---|---|\n| 配套 | 标准为100人×50元=0.6万元 |\n');
  assert.equal(findingsOf(table, 'PRO011').length, 1);
  assert.equal(findingsOf(doc('人均经费为 10000元÷4人=3000元。'), 'PRO011').length, 1);
});

test('PRO011 is silent on products that hold, units included', () => {
  assert.deepEqual(findingsOf(doc('预算标准为68076人*48.8元=332.21万元。'), 'PRO011'), []);
  assert.deepEqual(findingsOf(doc('标准为1746人×60元=10.48万元。'), 'PRO011'), []);
  assert.deepEqual(findingsOf(doc('人均经费为 10000元÷4人=2500元。'), 'PRO011'), []);
});
