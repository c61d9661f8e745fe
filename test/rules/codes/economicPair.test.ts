/** COD007: 部门 and 政府 economic codes side by side must be a valid pair. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { codeFindings } from './helpers';

function pairTable(rows: Array<[string, string, string, string]>): string {
  const header =
    '| 部门经济科目编码 | 部门经济科目名称 | 政府经济科目编码 | 政府经济科目名称 | 合计 |\n|---|---|---|---|---:|\n';
  return `表：表6 一般公共预算支出明细表（按支出经济分类科目）\n\n${header}${rows.map((r) => `| ${r.join(' | ')} | 1 |`).join('\n')}\n`;
}

describe('COD007 economic pair', () => {
  it('fires on a pair the mapping does not allow, listing the allowed ones', () => {
    const text = doc(pairTable([['301', '工资福利支出', '501', '机关工资福利支出'], ['30101', '基本工资', '50201', '办公经费']]), { 金额单位: '元' });
    const findings = codeFindings(text, 'COD007');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /部门经济分类 30101 基本工资 不能对应政府经济分类 50201（办公经费）；按对应关系可对应：50101 工资奖金津补贴、50501 工资福利支出/);
  });

  it('fires on a level mismatch', () => {
    const text = doc(pairTable([['301', '工资福利支出', '50101', '工资奖金津补贴']]));
    const findings = codeFindings(text, 'COD007');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /301 是类级，而并列的政府经济分类 50101 是款级/);
  });

  it('reads split 类/款 columns told apart by the name header (seed 004 layout)', () => {
    const text = doc(
      '表：公开表 6 一般公共预算基本支出情况表\n\n| 科目编码 | 科目编码 | 部门预算支出经济分类科目名称 | 科目编码 | 科目编码 | 政府预算支出经济分类科目名称 | 合计 |\n| 类 | 款 | | 类 | 款 | | |\n|---|---|---|---|---|---|---:|\n' +
        '| 301 | | 工资福利支出 | 501 | | 机关工资福利支出 | 1 |\n| 301 | 13 | 住房公积金 | 501 | 03 | 住房公积金 | 1 |\n| 301 | 01 | 基本工资 | 502 | 01 | 办公经费 | 1 |\n',
    );
    const findings = codeFindings(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['COD007']);
    assert.match(findings[0]!.message, /30101 基本工资 不能对应政府经济分类 50201/);
  });

  it('stays silent on allowed pairs (机关 and 事业单位)', () => {
    const text = doc(
      pairTable([
        ['301', '工资福利支出', '501', '机关工资福利支出'],
        ['30101', '基本工资', '50101', '工资奖金津补贴'],
        ['30101', '基本工资', '50501', '工资福利支出'],
        ['302', '商品和服务支出', '502', '机关商品和服务支出'],
        ['30217', '公务接待费', '50206', '公务接待费'],
      ]),
    );
    assert.deepEqual(codeFindings(text), []);
  });
});
