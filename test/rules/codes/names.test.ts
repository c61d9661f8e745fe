/** COD003 wrong name, COD004 outdated name. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { applyFix, codeFindings, functionalTable } from './helpers';

describe('COD003 wrong name', () => {
  it('fires on a name that is not the catalog name, naming it', () => {
    const text = doc(functionalTable([['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210202', '租房补贴']]));
    const findings = codeFindings(text, 'COD003');
    assert.equal(findings.length, 1);
    const finding = findings[0]!;
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /编码 2210202 在 2023 年版目录中名为“提租补贴”，此处写作“租房补贴”/);
    assert.match(applyFix(text, finding), /\| 2210202 \| 提租补贴 \|/);
  });

  it('says which code the name belongs to (2210201 提租补贴)', () => {
    const text = doc(functionalTable([['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210201', '提租补贴']]));
    const [finding] = codeFindings(text, 'COD003');
    assert.ok(finding);
    assert.match(finding.message, /名为“住房公积金”，而“提租补贴”是编码 2210202 的名称/);
    assert.deepEqual(finding.fixes?.map((f) => f.title), ['将名称改为“住房公积金”', '将编码改为 2210202（提租补贴）']);
    assert.match(applyFix(text, finding, 1), /\| 2210202 \| 提租补贴 \|/);
  });

  it('does not list every code of a generic item name', () => {
    const text = doc(functionalTable([['210', '卫生健康支出'], ['21015', '医疗保障管理事务'], ['2101550', '行政运行']]));
    const [finding] = codeFindings(text, 'COD003');
    assert.ok(finding);
    assert.match(finding.message, /而“行政运行”是编码 2101501 的名称/);
  });

  it('is softer on an unattested catalog entry and says so', () => {
    const text = doc(functionalTable([['201', '一般公共服务支出'], ['20101', '人大事务'], ['2010104', '人大会议费']]));
    const [finding] = codeFindings(text, 'COD003');
    assert.ok(finding);
    assert.equal(finding.severity, 'information');
    assert.match(finding.message, /目录条目未经实际文件印证/);
  });

  it('ignores white space and bracket width in names', () => {
    const text = doc(
      '表：附表 4-6 一般公共预算基本支出表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 302 | 商品和服务支出 | 1.00 |\n| 30212 | 因公出国(境)费用 | 1.00 |\n| 30231 | 公务用车运行 维护费 | 1.00 |\n',
    );
    assert.deepEqual(codeFindings(text), []);
  });
});

describe('COD004 outdated name', () => {
  it('reports a 2018 name in a 2023 document as outdated, not unknown', () => {
    const text = doc(functionalTable([['210', '医疗卫生与计划生育支出'], ['21015', '医疗保障管理事务']]));
    const findings = codeFindings(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['COD004']);
    const finding = findings[0]!;
    assert.match(finding.message, /“医疗卫生与计划生育支出”是编码 210 的旧名称（2014–2018 年），自 2019 年起改为“卫生健康支出”/);
    assert.equal(finding.fixes?.[0]?.safe, true);
    assert.match(applyFix(text, finding), /\| 210 \| 卫生健康支出 \|/);
  });

  it('reports the old economic name 招待费', () => {
    const text = doc(
      '表：附表 4-6 一般公共预算基本支出表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 302 | 商品和服务支出 | 1.00 |\n| 30217 | 招待费 | 1.00 |\n',
    );
    const findings = codeFindings(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['COD004']);
    assert.match(findings[0]!.message, /自 2014 年起改为“公务接待费”/);
  });

  it('accepts the old name in a document of its own year', () => {
    const text = doc(functionalTable([['210', '医疗卫生与计划生育支出']]), { 年度: '2018' });
    assert.deepEqual(codeFindings(text), []);
  });

  it('reports a new name in a document older than the rename (COD003)', () => {
    const text = doc(functionalTable([['210', '卫生健康支出']]), { 年度: '2018' });
    const findings = codeFindings(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['COD003']);
    assert.match(findings[0]!.message, /自 2019 年起才使用/);
  });

  it('stays silent on current names', () => {
    assert.deepEqual(codeFindings(doc(functionalTable([['208', '社会保障和就业支出'], ['20805', '行政事业单位养老支出']]))), []);
  });
});
