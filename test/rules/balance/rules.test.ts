/** Each balance rule on small documents: fires on a realistic case, stays silent on a correct one. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../server/src/config/settings';
import { doc } from '../../helpers/fixtures';
import { fixAll } from '../../../server/src/fixes/fixAll';
import { BALANCE_ONLY, balanceFindings, preferredFix, summary } from './helpers';

const EXPENDITURE = (row208: string, row20805: string, leaf: string, total = '| | 合计 | 55.56 | 55.56 | 0.00 |') => doc(`
表：附表 4-3 支出总表
单位：万元

| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---:|---:|---:|
${total}
${row208}
${row20805}
${leaf}
| 2080505 | 机关事业单位基本养老保险缴费支出 | 25.24 | 25.24 | 0.00 |
| 20899 | 其他社会保障和就业支出 | 0.32 | 0.32 | 0.00 |
| 2089999 | 其他社会保障和就业支出 | 0.32 | 0.32 | 0.00 |
`);
const R208 = '| 208 | 社会保障和就业支出 | 55.56 | 55.56 | 0.00 |';
const R20805 = '| 20805 | 行政事业单位养老支出 | 55.24 | 55.24 | 0.00 |';
const LEAF = '| 2080502 | 事业单位离退休 | 30.00 | 30.00 | 0.00 |';

describe('BAL001 column identities within a row', () => {
  it('is silent on a balanced table', () => {
    assert.deepEqual(balanceFindings(EXPENDITURE(R208, R20805, LEAF)), []);
  });
  it('fires when 合计 ≠ 基本支出 + 项目支出, and the fix writes the row sum', () => {
    const text = doc(`
表：附表 4-5 一般公共预算支出表
单位：万元

| 科目编码 | 科目名称 | 合计 | 基本支出 | 基本支出 | 基本支出 | 项目支出 |
|  |  |  | 小计 | 人员经费 | 公用经费 |  |
|---|---|---:|---:|---:|---:|---:|
| 2101550 | 事业运行 | 346.26 | 296.26 | 271.02 | 25.24 | 60.00 |
`);
    const findings = balanceFindings(text);
    assert.deepEqual(summary(findings), [['BAL001', 14, 'error']]);
    assert.match(findings[0]!.message, /2101550 事业运行 行「合计」列为 346.26，而 基本支出\/小计 296.26 \+ 项目支出 60.00 = 356.26.*相差 10.00 万元/);
    assert.equal(preferredFix(findings[0]!)!.edits[0]!.newText, '356.26');
  });
  it('checks 基本支出/小计 = 人员经费 + 公用经费', () => {
    const text = doc(`
表：附表 4-5 一般公共预算支出表
| 科目编码 | 科目名称 | 合计 | 基本支出 | 基本支出 | 基本支出 | 项目支出 |
|  |  |  | 小计 | 人员经费 | 公用经费 |  |
|---|---|---:|---:|---:|---:|---:|
| 2101550 | 事业运行 | 346.26 | 296.26 | 271.02 | 26.24 | 50.00 |
`);
    const findings = balanceFindings(text);
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /基本支出\/小计」列为 296.26，而 人员经费 271.02 \+ 公用经费 26.24 = 297.26/);
  });
  it('tolerates half-typed rows, text cells and a table without body', () => {
    const text = doc(`
表：附表 4-3 支出总表
| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---:|---:|---:|
| 208 | 社会保障和就业支出 | 55.56 |
| 20805 | 行政事业单位养老支出 | 待定 | 55.24 | 0.00 |
|
表：附表 4-8 政府性基金预算支出表
| 科目编码 | 科目名称 | 合计 |
|---|---|---:|
`);
    assert.doesNotThrow(() => balanceFindings(text));
    assert.ok(balanceFindings(text).every((f) => f.ruleId !== 'INT001'));
  });
});

describe('BAL002 hierarchy roll-ups', () => {
  it('fires on a 款 that is not the sum of its 项, naming the 项 as the wrong figure', () => {
    const findings = balanceFindings(EXPENDITURE(R208, R20805, '| 2080502 | 事业单位离退休 | 31.00 | 30.00 | 0.00 |'));
    const rollup = findings.find((f) => f.ruleId === 'BAL002')!;
    assert.match(rollup.message, /20805 行政事业单位养老支出 行「合计」列为 55.24，而 2080502 事业单位离退休 31.00 \+ 2080505 .* 25.24 = 56.24.*最可能出错的是.*2080502/);
    assert.equal(preferredFix(rollup)!.edits[0]!.newText, '30.00');
    assert.equal(preferredFix(rollup)!.edits[0]!.range.start.line, 16 - 1);
    assert.equal(preferredFix(rollup)!.safe, true);
  });
  it('reports one finding for the same discrepancy in several columns; a 项 consistent across its row is taken as given', () => {
    const text = EXPENDITURE(R208, R20805, '| 2080502 | 事业单位离退休 | 31.00 | 31.00 | 0.00 |');
    const findings = balanceFindings(text);
    assert.deepEqual(summary(findings), [['BAL002', 15, 'error']]);
    assert.match(findings[0]!.message, /行「合计」「基本支出」列为 55.24/);
    assert.equal(preferredFix(findings[0]!)!.safe, false);
    // Fix-all recomputes the totals above it, bottom-up, in every column.
    const result = fixAll(text, BALANCE_ONLY);
    assert.deepEqual(balanceFindings(result.text), []);
    assert.deepEqual(
      result.edits.map((e) => [e.range.start.line + 1, e.newText]),
      [[13, '56.56'], [13, '56.56'], [14, '56.56'], [14, '56.56'], [15, '56.24'], [15, '56.24']],
    );
    // Nothing but figures changed.
    const shape = (t: string) => t.replace(/\d[\d,]*\.\d+/g, '#');
    assert.equal(shape(result.text), shape(text));
  });
  it('reports a difference within rounding as information, without a safe fix', () => {
    const findings = balanceFindings(EXPENDITURE(R208, '| 20805 | 行政事业单位养老支出 | 55.25 | 55.25 | 0.00 |', LEAF, '| | 合计 | 55.57 | 55.57 | 0.00 |').replace('| 208 | 社会保障和就业支出 | 55.56 | 55.56 |', '| 208 | 社会保障和就业支出 | 55.57 | 55.57 |'));
    const rounding = findings.filter((f) => f.severity === 'information');
    assert.ok(rounding.length > 0);
    assert.ok(rounding.every((f) => /可能为取整误差/.test(f.message)));
    assert.ok(rounding.every((f) => !(f.fixes ?? []).some((fix) => fix.safe)));
  });
  it('does not report rounding as information under the strict setting', () => {
    const strict = balanceFindings(doc(`
表：附表 4-6 一般公共预算基本支出表
| 科目编码 | 科目名称 | 合计 |
|---|---|---:|
| 301 | 工资福利支出 | 330.62 |
| 30101 | 基本工资 | 300.30 |
| 30102 | 津贴补贴 | 30.31 |
`), { ...DEFAULT_SETTINGS, rounding: 'strict' });
    assert.deepEqual(summary(strict), [['BAL002', 11, 'error']]);
  });
  it('department = Σ units', () => {
    const text = doc(`
表：表2 收入总表
单位：元

| 单位编码 | 单位名称 | 合计 |
|---|---|---:|
| 410 | 麟游县医疗保障局 | 9147360 |
| 　　410001 | 麟游县医疗保障局 | 936760 |
| 　　410002 | 麟游县医疗保障经办中心 | 6950310 |
| 　　410003 | 麟游县大病医疗保障服务中心 | 1260280 |
`);
    const findings = balanceFindings(text);
    assert.deepEqual(summary(findings), [['BAL002', 13, 'error']]);
    assert.match(findings[0]!.message, /410 麟游县医疗保障局.*9147360.*= 9147350.*相差 10 元/);
  });
});

describe('BAL003 合计 row', () => {
  it('fires when the 合计 row is not Σ 类 rows', () => {
    const findings = balanceFindings(EXPENDITURE(R208, R20805, LEAF, '| | 合计 | 65.56 | 55.56 | 0.00 |'));
    assert.ok(findings.some((f) => f.ruleId === 'BAL003' && /合计 行「合计」列为 65.56，而 208 社会保障和就业支出 55.56 = 55.56/.test(f.message)));
  });
});

const SUMMARY = (income: string, expenditureTotal: string) => doc(`
表：附表 4-1 收支总表
| 收入 | 收入 | 支出 | 支出 |
| 项目 | 预算数 | 项目 | 预算数 |
|---|---:|---|---:|
| 一、一般公共预算拨款收入 | ${income} | 一、社会保障和就业支出 | 55.56 |
| 二、政府性基金预算拨款收入 | 0.00 | 二、卫生健康支出 | 100.00 |
| 本年收入合计 | 155.56 | 本年支出合计 | ${expenditureTotal} |
| 上年结转结余 | 0.00 | 年终结转结余 | 0.00 |
| 收入总计 | 155.56 | 支出总计 | 155.56 |
`);

describe('BAL004 收支总表', () => {
  it('is silent on a balanced 收支总表', () => {
    assert.deepEqual(balanceFindings(SUMMARY('155.56', '155.56')), []);
  });
  it('fires on 本年收入合计 ≠ Σ income lines', () => {
    const findings = balanceFindings(SUMMARY('150.56', '155.56'));
    assert.ok(findings.some((f) => f.ruleId === 'BAL004' && /本年收入合计 行「收入\/预算数」列为 155.56，而 一、一般公共预算拨款收入 150.56/.test(f.message)));
  });
  it('fires on 本年支出合计 and names the expenditure side', () => {
    const findings = balanceFindings(SUMMARY('155.56', '165.56'));
    assert.ok(findings.some((f) => f.ruleId === 'BAL004' && /本年支出合计 行「支出\/预算数」列为 165.56/.test(f.message)));
  });
});

describe('BAL005 三公 table', () => {
  it('checks 合计 and 公务用车购置及运行 with the items as rows', () => {
    const text = doc(`
表：预算公开表10 2023年一般公共预算“三公”经费支出预算表
| 项目 | 2023年预算数 | 2023年预算数 |
| | 合计 | 一般公共预算 |
|---|---:|---:|
| 因公出国（境）费 | | |
| 公务接待费 | 1.00 | 1.00 |
| 公务用车购置及运行费 | 7.00 | 7.00 |
| ①公务用车购置费 | | |
| ②公务用车运行维护费 | 6.00 | 6.00 |
| 合计 | 8.00 | 8.00 |
`);
    const findings = balanceFindings(text);
    assert.deepEqual(summary(findings), [['BAL005', 14, 'error']]);
    assert.match(findings[0]!.message, /公务用车购置及运行费 行「2023年预算数\/合计」「2023年预算数\/一般公共预算」列为 7.00，而 ②公务用车运行维护费 6.00（其余 1 项为空） = 6.00/);
    // No single figure explains the failure on its own (the 运行维护费 would repair only this identity):
    // the total is recomputed from its parts, and fix-all then recomputes the 合计 above it.
    const fix = preferredFix(findings[0]!)!;
    assert.deepEqual(fix.edits.map((e) => [e.range.start.line + 1, e.newText]), [[14, '6.00'], [14, '6.00']]);
    // The 合计 column's figure is also its row's total (合计 = 一般公共预算 + …): not safe in one step.
    assert.equal(fix.safe, false);
    const fixed = fixAll(text, BALANCE_ONLY).text;
    assert.match(fixed, /\| 公务用车购置及运行费 \| 6.00 \| 6.00 \|/);
    assert.match(fixed, /\| 合计 \| 7.00 \| 7.00 \|/);
    assert.deepEqual(balanceFindings(fixed), []);
  });
});

const CROSS = (expenditureUnit: string, class208: string) => doc(`
表：附表 4-1 收支总表
单位：万元

| 收入 | 收入 | 支出 | 支出 |
| 项目 | 预算数 | 项目 | 预算数 |
|---|---:|---|---:|
| 一、一般公共预算拨款收入 | 55.56 | 一、社会保障和就业支出 | 55.56 |
| 本年收入合计 | 55.56 | 本年支出合计 | 55.56 |
| 收入总计 | 55.56 | 支出总计 | 55.56 |

表：附表 4-3 支出总表
单位：${expenditureUnit}

| 科目编码 | 科目名称 | 合计 |
|---|---|---:|
| | 合计 | ${class208} |
| 208 | 社会保障和就业支出 | ${class208} |
`);

describe('XTB001 / XTB006 收支总表 ↔ 支出总表, across units', () => {
  it('compares a table in 元 with one in 万元 after conversion', () => {
    assert.deepEqual(balanceFindings(CROSS('元', '555600.00')), []);
    assert.deepEqual(balanceFindings(CROSS('元', '555649')), [], 'within 55.56 万元 ± 0.005');
  });
  it('fires when the converted figures differ', () => {
    const findings = balanceFindings(CROSS('元', '556600.00'));
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['XTB001', 'XTB006']);
    assert.match(findings[0]!.message, /收支总表」一、社会保障和就业支出 行「支出\/预算数」列为 55.56，而 「附表 4-3 支出总表」208 社会保障和就业支出 行「合计」列 556600.00 元 = 55.66/);
  });
});

describe('XTB004 项目支出表 ↔ 支出总表', () => {
  const text = (projectTotal: string) => doc(`
表：附表 4-3 支出总表
| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---:|---:|---:|
| | 合计 | 100.00 | 40.00 | 60.00 |
| 208 | 社会保障和就业支出 | 100.00 | 40.00 | 60.00 |

表：附表4-9 项目支出表
| 项目名称 | 合计 |
|---|---:|
| 合计 | ${projectTotal} |
| 甲项目 | ${projectTotal} |
`);
  it('fires when the totals differ', () => {
    assert.deepEqual(summary(balanceFindings(text('61.00'))), [['XTB004', 17, 'error']]);
  });
  it('is silent when they agree', () => {
    assert.deepEqual(balanceFindings(text('60.00')), []);
  });
  it('skips a 项目支出表 whose total is the whole budget (Hubei template)', () => {
    assert.deepEqual(balanceFindings(text('100.00')), []);
  });
});

describe('fix-all recomputes bottom-up', () => {
  it('a changed 项 updates its 款, 类 and 合计 (one column) in one edit set, touching only figures', () => {
    const text = doc(`
表：附表 4-3 支出总表
| 科目编码 | 科目名称 | 合计 |
|---|---|---:|
| | 合计 | 8,132.86 |
| 208 | 社会保障和就业支出 | 55.56 |
| 20805 | 行政事业单位养老支出 | 55.24 |
| 2080502 | 事业单位离退休 | 40.00 |
| 2080505 | 机关事业单位基本养老保险缴费支出 | 25.24 |
| 20899 | 其他社会保障和就业支出 | 0.32 |
| 210 | 卫生健康支出 | 8,077.30 |
`);
    const result = fixAll(text, BALANCE_ONLY);
    assert.deepEqual(
      result.edits.map((e) => [e.range.start.line + 1, e.newText]),
      [[11, '8,142.86'], [12, '65.56'], [13, '65.24']],
    );
    assert.deepEqual(balanceFindings(result.text), []);
  });
});
