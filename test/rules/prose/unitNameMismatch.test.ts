import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

const LIST = (third: string) => `表：预算单位构成

| 序号 | 单位名称 | 拟变动情况 |
|---:|---|---|
| 1 | 某县医疗保障局 |  |
| 2 | 某县医疗保障经办中心 |  |
| 3 | ${third} |  |
`;

const INCOME = `表：表2 部门综合预算收入总表
单位：元

| 单位编码 | 单位名称 | 合计 |
|---|---|---:|
| | 合计 | 300 |
| 410 | 某县医疗保障局 | 300 |
| 410001 | 某县医疗保障局 | 100 |
| 410002 | 某县医疗保障经办中心 | 100 |
| 410003 | 某县大病医疗保障服务中心 | 100 |
`;

test('PRO014 fires when the unit list and the coded tables name one unit differently', () => {
  const text = doc(`${LIST('某县医疗保障基金监测中心')}\n${INCOME}`);
  const [finding, ...rest] = findingsOf(text, 'PRO014');
  assert.equal(rest.length, 0);
  assert.equal(coveredText(text, finding!), '某县医疗保障基金监测中心');
  assert.match(finding!.message, /410003.*某县大病医疗保障服务中心/);
  assert.equal(finding!.related?.length, 1);
});

test('PRO014 is silent when the names agree, or when the list is not a list of the same units', () => {
  assert.deepEqual(findingsOf(doc(`${LIST('某县大病医疗保障服务中心')}\n${INCOME}`), 'PRO014'), []);
  const unrelated = `表：下属单位\n\n| 序号 | 单位名称 |\n|---:|---|\n| 1 | 甲 |\n| 2 | 乙 |\n| 3 | 丙 |\n| 4 | 丁 |\n`;
  assert.deepEqual(findingsOf(doc(`${unrelated}\n${INCOME}`), 'PRO014'), []);
});
