import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { applyEdits } from '../../../server/src/fixes/textEdits';
import { coveredText, findingsOf } from './helpers';
import { EXPENDITURE_TABLE, PROJECT_TABLE } from './tables';

const project = (amount: string) =>
  doc(`1、“城乡居民医疗保险地方配套”主要内容是：保障参保。2023 年预算安排 ${amount}，全部为当年一般公共预算资金。\n\n${PROJECT_TABLE}`);

test('PRO001 fires on a project amount that disagrees with the 项目支出表, and its fix puts in the table figure', () => {
  const text = project('4608 万元');
  const [finding, ...rest] = findingsOf(text, 'PRO001');
  assert.equal(rest.length, 0);
  assert.equal(finding!.severity, 'error');
  assert.equal(coveredText(text, finding!), '4608 万元');
  assert.match(finding!.message, /4608 万元.*附表4-9 项目支出表.*4,708\.00 万元/);
  const fix = finding!.fixes![0]!;
  assert.equal(fix.safe, true);
  assert.match(applyEdits(text, fix.edits), /预算安排 4708 万元/);
});

test('PRO001 fires on a classification line that restates the wrong row (55.56 vs 20805 55.24)', () => {
  const text = doc(`1. 社会保障和就业支出（类）55.56 万元：行政事业单位养老支出 55.56 万元。\n\n${EXPENDITURE_TABLE}`);
  const findings = findingsOf(text, 'PRO001');
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /行政事业单位养老支出为 55\.56 万元.*20805.*55\.24 万元/);
});

test('PRO001 is silent on correct prose, on fewer decimals rounded right, and on other units converted', () => {
  assert.deepEqual(findingsOf(project('4708 万元'), 'PRO001'), []);
  assert.deepEqual(findingsOf(project('4,708.00万元'), 'PRO001'), []);
  assert.deepEqual(findingsOf(project('47080000 元'), 'PRO001'), []);
  const big = doc(`1、“大项目”主要内容是：建设。2023 年预算安排 328,661万元。\n\n表：附表4-9 项目支出表\n单位：元\n\n| 项目编码 | 项目名称 | 合计 |\n|---|---|---:|\n| P1 | 大项目 | 3,286,618,082.20 |\n`);
  assert.deepEqual(findingsOf(big, 'PRO001'), []);
});

test('PRO001 reports a difference within rounding as an information note', () => {
  const text = project('4708.004 万元');
  const [finding] = findingsOf(text, 'PRO001');
  assert.equal(finding?.severity, 'information');
  assert.match(finding!.message, /可能为取整误差/);
});

test('PRO001 follows an explicit binding {=表/行/列} over the wording', () => {
  const text = doc(`全年共安排配套资金 4608 万元{=附表4-9/城乡居民医疗保险地方配套/合计}。\n\n${PROJECT_TABLE}`);
  const [finding] = findingsOf(text, 'PRO001');
  assert.match(finding!.message, /绑定的单元格为 4608 万元.*4,708\.00/);
  assert.deepEqual(findingsOf(text.replace('4608', '4708'), 'PRO001'), []);
});

test('PRO001 under the strict rounding policy reports a difference within rounding as an error', async () => {
  const { checkText } = await import('../../../server/src/check');
  const { resolveSettings } = await import('../../../server/src/config/settings');
  const { ownRules } = await import('./helpers');
  const settings = resolveSettings({ rounding: 'strict' });
  const { findings } = checkText(project('4708.004 万元'), 'untitled:strict.disclosure', settings, { rules: ownRules });
  assert.equal(findings.find((f) => f.ruleId === 'PRO001')?.severity, 'error');
});
