import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelPeriod } from '../../server/src/analysis/columnPeriods';

test('header labels that name last year, this year, a change — and 上年结转, which is this year\'s money', () => {
  const period = (label: string) => labelPeriod(label, 2023)?.period;
  assert.equal(period('上年'), 'previous');
  assert.equal(period('上年预算数'), 'previous');
  assert.equal(period('去年预算'), 'previous');
  assert.equal(period('2022年预算数'), 'previous');
  assert.equal(period('2022 年预算金额（D）'), 'previous');
  assert.equal(period('上年执行数'), 'previous-execution');
  assert.equal(period('上年调整预算数'), 'previous-execution');
  assert.equal(period('2022年决算数'), 'previous-execution');
  assert.equal(period('当年'), 'current');
  assert.equal(period('本年预算数'), 'current');
  assert.equal(period('2023年预算数'), 'current');
  assert.equal(period('增减变化情况'), 'change');
  assert.equal(period('2021年预算数'), 'other-year');
  for (const carried of ['上年结转', '上年结转结余', '上年结余', '上年实户资金余额', '2022年结转']) assert.equal(period(carried), undefined, carried);
  assert.equal(period('本年收入'), undefined);
  assert.equal(period('合计'), undefined);
  assert.equal(labelPeriod('上年预算数', 2023)?.rest, '预算数');
});
