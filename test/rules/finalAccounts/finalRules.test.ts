import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctedFixture, covered, findings, readFinalFixture } from './helpers';

const text = readFinalFixture();
const all = findings(text);

/** The one finding of a rule on a 1-based line. */
function on(ruleId: string, line: number) {
  const found = all.filter((f) => f.ruleId === ruleId && f.range.start.line + 1 === line);
  assert.equal(found.length, 1, `${ruleId} on line ${line}: ${JSON.stringify(all.filter((f) => f.ruleId === ruleId).map((f) => f.range.start.line + 1))}`);
  return found[0]!;
}

test('FIN001: 收入决算表 其他收入 against the 收入支出决算总表 line', () => {
  const finding = on('FIN001', 75);
  assert.equal(finding.severity, 'error');
  assert.equal(covered(text, finding), '10.00');
  assert.match(finding.message, /八、其他收入.*12\.00/);
});

test('FIN002: 人员经费合计 = 301 + 303 in the two-panel 基本支出决算表', () => {
  const finding = on('FIN002', 198);
  assert.match(finding.message, /301 工资福利支出 520\.00 \+ 303 对个人和家庭的补助 35\.00 = 555\.00/);
});

test('FIN004: 财政拨款收入支出决算总表 类 line against the 一般公共预算财政拨款支出决算表', () => {
  const finding = on('FIN004', 132);
  assert.match(finding.message, /九、卫生健康支出.*55\.00.*210 卫生健康支出.*50\.00/);
});

test('FIN005: 三公 决算数 合计 against its items', () => {
  const finding = on('FIN005', 209);
  assert.equal(covered(text, finding), '10.60');
  assert.match(finding.message, /决算数.*10\.50/);
});

test('FIN006: an item narrative’s 支出决算 against the 项 row, with a safe fix', () => {
  const finding = on('FIN006', 266);
  assert.equal(covered(text, finding), '302.00万元');
  assert.match(finding.message, /群众文化（项）.*302\.00 万元.*2070109 群众文化.*320\.00 万元/);
  assert.equal(finding.fixes?.[0]?.edits[0]?.newText, '320.00');
  assert.equal(finding.fixes?.[0]?.safe, true);
});

test('FIN006 offers no fix when the table figure is itself unbalanced (三公 合计 10.60)', () => {
  const finding = on('FIN006', 286);
  assert.match(finding.message, /10\.60.*不平衡/);
  assert.equal(finding.fixes?.length ?? 0, 0);
});

test('FIN007: completion rate = 决算数 ÷ 年初预算', () => {
  const finding = on('FIN007', 262);
  assert.equal(covered(text, finding), '95.42%');
  assert.match(finding.message, /1,000\.00 万元 ÷ 预算数 1,050\.00 万元 = 95\.24%/);
  assert.equal(finding.fixes?.[0]?.edits[0]?.newText, '95.24');
});

test('FIN008: “决算数小于预算数” when the 决算数 is larger', () => {
  const finding = on('FIN008', 268);
  assert.match(finding.message, /30\.00 万元大于预算数 28\.00 万元/);
});

test('FIN009: share of 本年支出合计 named, not stated', () => {
  const finding = on('FIN009', 254);
  assert.match(finding.message, /1,000\.00 万元 ÷ 本年支出合计 1,060\.00 万元.*= 94\.34%/);
});

test('FIN010: vehicle total against its categories', () => {
  const finding = on('FIN010', 320);
  assert.equal(covered(text, finding), '3');
  assert.match(finding.message, /= 2 辆/);
});

test('the existing rules work on the 决算 too: 总表 balance, two-panel roll-ups, prose totals, year-on-year, zero base', () => {
  assert.equal(on('BAL004', 65).severity, 'error'); // 年末结转和结余 45.00
  assert.equal(on('BAL002', 193).severity, 'error'); // 303 in the left panel
  assert.equal(on('BAL002', 186).severity, 'information'); // 302 in the right panel: 120.00 vs 120.01
  assert.equal(on('PRO001', 248).severity, 'error'); // 财政拨款收入支出总计
  assert.equal(on('PRO003', 236).severity, 'error'); // 增长12.00%
  assert.equal(on('TPE003', 288).severity, 'error'); // 公务接待费 增长100% from zero
  assert.equal(on('PRO013', 316).severity, 'error'); // 政府采购金额
});

test('the corrected 决算 gives no error and no warning', () => {
  const left = findings(correctedFixture()).filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(left.map((f) => `${f.ruleId}:${f.range.start.line + 1} ${f.message}`), []);
});
