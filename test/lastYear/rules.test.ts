import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/fixes/textEdits';
import { checkText } from '../../server/src/check';
import { covered, lastYearFindings, lastYearText, onLine, resolveFor, sourceOf, thisYearText } from './helpers';

const text = thisYearText();
const source = resolveFor(text);
const findings = lastYearFindings(text, source);

test('the pair is linked through 上年文档 and both years parse without syntax errors', () => {
  assert.equal(source?.status, 'found');
  assert.equal(source?.status === 'found' && source.via, 'metadata');
  assert.deepEqual(lastYearFindings(text, source).filter((f) => f.ruleId.startsWith('SYN') && f.severity === 'error'), []);
});

test('LYR003 fires on a 上年 cell that differs from last year (row by code): error with a safe fix', () => {
  const [finding, ...rest] = onLine(text, findings, 'LYR003', '| 2080505 |');
  assert.equal(rest.length, 0);
  assert.equal(finding!.severity, 'error');
  assert.equal(covered(text, finding!), '25.00');
  assert.match(finding!.message, /25\.00 万元.*24\.00 万元/);
  assert.match(finding!.message, /按编码 2080505 对应/);
  const fix = finding!.fixes![0]!;
  assert.equal(fix.safe, true);
  assert.deepEqual(fix.edits.map((e) => e.newText), ['24.00']);
  assert.ok(finding!.related?.[0]?.uri?.endsWith('.disclosure'));
});

test('LYR003 reads side-by-side panels: the 支出 panel of the 收支总表 against last year\'s 支出 panel', () => {
  const [finding] = onLine(text, findings, 'LYR003', '二、卫生健康支出 | 8,060.74');
  assert.equal(finding!.severity, 'error');
  assert.equal(covered(text, finding!), '2,200.00');
  assert.equal(finding!.fixes![0]!.edits[0]!.newText, '2,254.74');
  // The 收入 panel of the same row agrees with last year's 收入 panel.
  assert.equal(onLine(text, findings, 'LYR003', '一、一般公共预算拨款收入 | 8,132.86').length, 0);
});

test('LYR003: a name-only match is a warning, an unfilled cell a warning with an unsafe fix, a rounding difference information', () => {
  const [byName] = onLine(text, findings, 'LYR003', '| 2101599 |');
  assert.equal(byName!.severity, 'warning');
  assert.match(byName!.message, /仅按名称“信息化建设”对应/);
  assert.equal(byName!.fixes![0]!.safe, false);
  const [unfilled] = onLine(text, findings, 'LYR003', '| 2101102 |');
  assert.equal(unfilled!.severity, 'warning');
  assert.match(unfilled!.message, /未填写.*17\.00 万元/);
  assert.equal(unfilled!.fixes![0]!.safe, false);
  assert.equal(unfilled!.fixes![0]!.edits[0]!.newText.trim(), '17.00');
  const [rounding] = onLine(text, findings, 'LYR003', '| 221 |');
  assert.equal(rounding!.severity, 'information');
  assert.match(rounding!.message, /取整/);
});

test('LYR003 is silent on 上年 cells that agree (合计 row, matching codes, the 三公 table\'s 上年 group)', () => {
  for (const needle of ['| | 合计 | 2321.30 |', '| 208 |', '| 2080502 |', '| 2210201 |', '| 0.52 | 0.00 |']) {
    assert.deepEqual(onLine(text, findings, 'LYR003', needle), [], needle);
  }
});

test('LYR004 fires on a stated 上年 figure that differs from last year (基本支出 298.90 vs 287.90)', () => {
  const [finding] = onLine(text, findings, 'LYR004', '基本支出 385.86 万元');
  assert.equal(finding!.severity, 'error');
  assert.equal(covered(text, finding!), '298.90 万元');
  assert.match(finding!.message, /287\.90 万元/);
  assert.deepEqual(finding!.fixes![0]!.edits.map((e) => e.newText), ['287.90']);
  assert.equal(finding!.fixes![0]!.safe, true);
});

test('LYR004 is silent on agreeing 上年 figures and on 上年执行数 (not in last year\'s budget)', () => {
  assert.deepEqual(onLine(text, findings, 'LYR004', '上年收入总计 2321.3'), []);
  assert.deepEqual(onLine(text, findings, 'LYR004', '比上年 0.52 万元增加'), []);
  assert.deepEqual(onLine(text, findings, 'LYR004', '上年实际执行收入总计'), []);
  assert.equal(findings.filter((f) => f.ruleId === 'LYR004').length, 1);
});

test('LYR005 fires when 本年 − A is not last year\'s figure; name-only items warn; rounding informs', () => {
  const [project] = onLine(text, findings, 'LYR005', '项目支出 7747 万元');
  assert.equal(project!.severity, 'error');
  assert.match(project!.message, /7747 万元 − 5000 万元 = 2747 万元.*2033\.40 万元/);
  assert.equal(project!.fixes![0]!.safe, false);
  assert.equal(project!.fixes![0]!.edits[0]!.newText, '5713.6');
  const [byName] = onLine(text, findings, 'LYR005', '卫生健康支出（类）');
  assert.equal(byName!.severity, 'warning');
  const [rounding] = onLine(text, findings, 'LYR005', '人员经费 330.62');
  assert.equal(rounding!.severity, 'information');
});

test('LYR005 is silent when the implied base is last year\'s figure (支出总计, 公务接待费)', () => {
  assert.deepEqual(onLine(text, findings, 'LYR005', '支出总计 8132.86 万元，比上年增加'), []);
  assert.deepEqual(onLine(text, findings, 'LYR005', '公务接待费 0.55 万元'), []);
});

test('applying the safe fixes makes the certain LYR003/LYR004 errors go away and touches only those figures', () => {
  const edits = findings.flatMap((f) => f.fixes?.filter((x) => x.safe).flatMap((x) => x.edits) ?? []);
  const fixed = applyEdits(text, edits);
  const after = lastYearFindings(fixed, source);
  assert.deepEqual(after.filter((f) => (f.ruleId === 'LYR003' || f.ruleId === 'LYR004') && f.severity === 'error'), []);
  const changed = text.split('\n').filter((line, i) => line !== fixed.split('\n')[i]);
  assert.equal(changed.length, edits.length);
});

test('without last year\'s document no LYR rule reports anything', () => {
  assert.deepEqual(lastYearFindings(text, undefined), []);
});

test('LYR001 fires once when 上年文档 names a missing file, and is silent when the file is found', () => {
  const broken = text.replace('上年文档: ../2022/', '上年文档: ../2021/');
  const brokenFindings = lastYearFindings(broken, resolveFor(broken));
  const problems = brokenFindings.filter((f) => f.ruleId === 'LYR001');
  assert.equal(problems.length, 1);
  assert.equal(covered(broken, problems[0]!), '../2021/河西区医疗保障服务中心.disclosure');
  assert.equal(brokenFindings.length, 1);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'LYR001'), []);
});

test('LYR002 fires once for another 单位 or a year that is not the year before, and nothing is compared', () => {
  const otherUnit = lastYearText().replace('单位: 河西区医疗保障服务中心', '单位: 河东区医疗保障局');
  const unitFindings = lastYearFindings(text, sourceOf(otherUnit));
  assert.deepEqual(unitFindings.map((f) => f.ruleId), ['LYR002']);
  assert.match(unitFindings[0]!.message, /河东区医疗保障局/);
  const otherYear = lastYearText().replace('年度: 2022', '年度: 2021');
  const yearFindings = lastYearFindings(text, sourceOf(otherYear));
  assert.deepEqual(yearFindings.map((f) => f.ruleId), ['LYR002']);
  assert.match(yearFindings[0]!.message, /2021.*2023.*2022/);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'LYR002'), []);
});

test('half-typed or junk last year\'s documents never crash the check', () => {
  const samples = ['', '---\n单位: 河西区医疗保障服务中心\n年度: 2022\n', lastYearText().slice(0, 1800), lastYearText().replace(/\|/g, '｜'), '\uFEFF' + lastYearText().replace(/\n/g, '\r\n')];
  for (const sample of samples) {
    const result = lastYearFindings(text, sourceOf(sample));
    assert.ok(result.every((f) => f.ruleId !== 'INT001'), sample.slice(0, 40));
  }
});

test('a 上年预算数 column printed before 本年预算数 is not taken for this year\'s figure by the other checks', () => {
  const document = lastYearText();
  const { findings: all } = checkText(document, 'file:///2022.disclosure');
  assert.deepEqual(all.filter((f) => /^(?:XTB|PRO001)/.test(f.ruleId)).map((f) => `${f.ruleId}:${f.range.start.line + 1}`), []);
});

test('a half-typed, CRLF or full-width this year\'s document never crashes the LYR rules', () => {
  const variants = [
    ...[200, 1200, 2600, 3400].map((n) => text.slice(0, n)),
    text.replace(/\n/g, '\r\n'),
    text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    text.replace(/\| 上年预算数 \|/, '| 上年预算数 | 上年预算数 |'),
  ];
  for (const variant of variants) {
    const result = lastYearFindings(variant, source);
    assert.ok(result.every((f) => f.ruleId !== 'INT001'), variant.slice(-60));
  }
  // CRLF changes nothing.
  assert.deepEqual(
    lastYearFindings(text.replace(/\n/g, '\r\n'), source).map((f) => `${f.ruleId}:${f.range.start.line}`),
    findings.map((f) => `${f.ruleId}:${f.range.start.line}`),
  );
});
