import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { coveredText, findingsOf } from './helpers';

test('PRO013 fires when 政府采购 总额 ≠ 货物 + 工程 + 服务, or 资产总额 ≠ 流动资产 + 固定资产净值', () => {
  const text = doc('2023年政府采购预算总额188万元。其中：政府采购货物预算36万元、政府采购工程预算 0万元、政府采购服务预算142万元。');
  const [finding] = findingsOf(text, 'PRO013');
  assert.equal(coveredText(text, finding!), '188万元');
  assert.match(finding!.message, /货物预算 36 \+ .*= 178 万元.*188/);
  const assets = doc('资产总额 60.36万元，其中流动资产 24.64万元，固定资产原值 143.19万元，累计折旧后固定资产净值 31.72 万元。');
  assert.equal(findingsOf(assets, 'PRO013').length, 1);
});

test('PRO013 is silent when the parts add up (seeds 000, 003 wording)', () => {
  assert.deepEqual(findingsOf(doc('2023年政府采购预算总额178万元。其中：政府采购货物预算36万元、政府采购工程预算 0万元、政府采购服务预算142万元。'), 'PRO013'), []);
  assert.deepEqual(findingsOf(doc('2023年初资产总额 56.36万元，其中流动资产 24.64万元，固定资产原值 143.19万元，累计折旧后固定资产净值 31.72 万元。'), 'PRO013'), []);
});
