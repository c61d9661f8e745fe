import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

const UNITS = `表：预算单位构成

| 序号 | 单位名称 |
|---:|---|
| 1 | 某某局 |
| 2 | 某某中心 |
| 3 | 某某站 |
`;

test('PRO009 fires when “共有 N 个” disagrees with the table or list that follows', () => {
  const text = doc(`二级预算单位共有 2个，包括：\n\n${UNITS}`);
  const [finding] = findingsOf(text, 'PRO009');
  assert.equal(coveredText(text, finding!), '2个');
  assert.match(finding!.message, /共有 2 个.*3 个/);
  const list = doc('下属单位共有 3 个，分别是：\n1. 甲单位\n2. 乙单位');
  assert.match(findingsOf(list, 'PRO009')[0]!.message, /共有 3 个.*2 项/);
});

test('PRO009 is silent when the count matches, and on counts not followed by a list', () => {
  assert.deepEqual(findingsOf(doc(`二级预算单位共有 3 个，包括：\n\n${UNITS}`), 'PRO009'), []);
  assert.deepEqual(findingsOf(doc('本部门共有车辆 2 辆，其中机要通信用车 1 辆。'), 'PRO009'), []);
});
