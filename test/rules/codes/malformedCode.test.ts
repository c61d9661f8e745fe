/** COD001: malformed classification codes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { applyFix, codeFindings, functionalTable } from './helpers';

describe('COD001 malformed code', () => {
  it('fires on a functional code of the wrong length', () => {
    const findings = codeFindings(doc(functionalTable([['210', '卫生健康支出'], ['2101', '医疗保障管理事务']])), 'COD001');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'error');
    assert.match(findings[0]!.message, /“2101”格式不对：应为3、5 或 7 位数字.*实际长度为 4 位/);
    assert.match(findings[0]!.message, /附表 4-3 支出总表第 3 行/);
  });

  it('fires on a 7-digit economic code', () => {
    const text = doc(
      '表：附表 4-6 一般公共预算基本支出表\n\n| 部门预算支出经济分类科目 | 部门预算支出经济分类科目 | 合计 |\n| 科目编码 | 科目名称 | |\n|---|---|---:|\n| 3010101 | 基本工资 | 1.00 |\n',
    );
    const findings = codeFindings(text, 'COD001');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /部门预算支出经济分类科目编码“3010101”.*3 或 5 位数字/);
  });

  it('fires on letters that look like digits and offers the digits', () => {
    const text = doc(functionalTable([['210', '卫生健康支出'], ['21O15', '医疗保障管理事务']]));
    const [finding] = codeFindings(text, 'COD001');
    assert.ok(finding);
    assert.match(finding.message, /含有数字以外的字符/);
    assert.match(applyFix(text, finding), /\| 21015 \| 医疗保障管理事务 \|/);
  });

  it('offers a safe fix for spaces inside a code', () => {
    const text = doc(functionalTable([['210', '卫生健康支出'], ['21015', '医疗保障管理事务'], ['2101 506', '医疗保障经办事务']]));
    const [finding] = codeFindings(text, 'COD001');
    assert.ok(finding);
    assert.equal(finding.fixes?.[0]?.safe, true);
    assert.match(applyFix(text, finding), /\| 2101506 \| 医疗保障经办事务 \|/);
  });

  it('never checks unit or project codes', () => {
    const text = doc(
      '表：附表 4-2 收入总表\n\n| 单位编码 | 单位名称 | 合计 |\n|---|---|---:|\n| 410001 | 麟游县医疗保障局 | 1.00 |\n\n' +
        '表：附表4-9 项目支出表\n\n| 项目编码 | 项目名称 | 合计 |\n|---|---|---:|\n| 42130322000000000001 | 城乡居民医疗保险地方配套 | 1.00 |\n',
    );
    assert.deepEqual(codeFindings(text), []);
  });

  it('stays silent on well-formed codes', () => {
    assert.deepEqual(codeFindings(doc(functionalTable([['210', '卫生健康支出'], ['21015', '医疗保障管理事务'], ['2101506', '医疗保障经办事务']])), 'COD001'), []);
  });
});

describe('which system a code column holds', () => {
  it('reads functional codes in a basic-expenditure table with a plain 科目编码 header as functional', () => {
    const text = doc(
      '表：一般公共预算基本支出表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 210 | 卫生健康支出 | 1.00 |\n| 21015 | 医疗保障管理事务 | 1.00 |\n| 2101501 | 行政运行 | 1.00 |\n| 301 | 工资福利支出 | 1.00 |\n| 30101 | 基本工资 | 1.00 |\n',
    );
    assert.deepEqual(codeFindings(text), []);
  });

  it('takes a 功能 header at its word even for a code that does not start with 2', () => {
    const text = doc('表：表5 一般公共预算支出表\n\n| 功能科目编码 | 功能科目名称 | 合计 |\n|---|---|---:|\n| 30101 | 基本工资 | 1.00 |\n');
    const findings = codeFindings(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['COD002']);
    assert.match(findings[0]!.message, /支出功能分类科目/);
  });
});
