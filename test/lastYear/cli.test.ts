import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratch } from '../cli/cliHarness';
import { lastYearText, thisYearText } from './helpers';

interface JsonFinding {
  line: number;
  code: string;
  severity: string;
}

test('disclosure-check finds last year\'s file through 上年文档 and reports the LYR rules', async () => {
  const dir = scratch({ '2022/河西区医疗保障服务中心.disclosure': lastYearText(), '2023/河西区医疗保障服务中心.disclosure': thisYearText() });
  const result = await runCli(['--format', 'json', '--rule', 'LYR003,LYR004', join(dir, '2023')]);
  const findings = JSON.parse(result.out) as JsonFinding[];
  assert.equal(result.code, 1);
  assert.deepEqual(
    findings.filter((f) => f.severity === 'error').map((f) => `${f.code}:${f.line}`),
    ['LYR004:26', 'LYR003:51', 'LYR003:67'],
  );
});

test('disclosure-check finds last year by 单位 and 年度 when the key is absent; without it, no LYR finding', async () => {
  const unlinked = thisYearText().replace(/^上年文档:.*\n/m, '');
  const dir = scratch({ '2022/上年.disclosure': lastYearText(), '2023/本年.disclosure': unlinked });
  const found = JSON.parse((await runCli(['--format', 'json', '--rule', 'LYR003', join(dir, '2023')])).out) as JsonFinding[];
  assert.ok(found.some((f) => f.code === 'LYR003' && f.severity === 'error'));
  const alone = scratch({ '2023/本年.disclosure': unlinked });
  const none = JSON.parse((await runCli(['--format', 'json', '--rule', 'LYR003,LYR004,LYR005', join(alone, '2023')])).out) as JsonFinding[];
  assert.deepEqual(none, []);
});

test('disclosure-check --fix writes last year\'s figures for the certain disagreements only', async () => {
  const dir = scratch({ '2022/河西区医疗保障服务中心.disclosure': lastYearText(), '2023/河西区医疗保障服务中心.disclosure': thisYearText() });
  const file = join(dir, '2023/河西区医疗保障服务中心.disclosure');
  await runCli(['--fix', '--rule', 'LYR003,LYR004,LYR005', file]);
  const fixed = readFileSync(file, 'utf8');
  assert.match(fixed, /\| 2080505 \| 机关事业单位基本养老保险缴费支出 \| 24\.00 \|/);
  assert.match(fixed, /比上年预算 287\.90 万元增加/);
  assert.match(fixed, /\| 2101599 \| 信息化建设 \| 4\.00 \|/); // name-only: not applied unattended
  assert.match(fixed, /项目支出 7747 万元，比上年增加 5000 万元/); // implied base: offered, not applied
});
