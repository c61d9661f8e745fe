/** COD002: codes unknown for the document's year, with the closest codes as quick-fixes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { resolveSettings } from '../../../server/src/config/settings';
import { applyFix, codeFindings, functionalTable } from './helpers';

describe('COD002 unknown code', () => {
  it('fires on a code the edition does not have, naming the edition and the closest codes', () => {
    const text = doc(functionalTable([['210', '卫生健康支出'], ['21015', '医疗保障管理事务'], ['2101507', '医疗保障经办事务']]));
    const findings = codeFindings(text, 'COD002');
    assert.equal(findings.length, 1);
    const finding = findings[0]!;
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /编码 2101507 医疗保障经办事务 不在《2023年政府收支分类科目》.*2023 年版支出功能分类科目/);
    assert.match(finding.message, /上级科目 21015 医疗保障管理事务 存在/);
    assert.match(finding.message, /相近的编码：2101506 医疗保障经办事务/);
    assert.equal(finding.fixes?.[0]?.title, '将编码改为 2101506（医疗保障经办事务）');
    assert.equal(finding.fixes?.[0]?.safe, undefined);
    assert.match(applyFix(text, finding), /\| 2101506 \| 医疗保障经办事务 \| 1\.00 \|/);
  });

  it('names the edition of the document year (2025)', () => {
    const text = doc(functionalTable([['20898', '其他']]), { 年度: '2025' });
    const [finding] = codeFindings(text, 'COD002');
    assert.ok(finding);
    assert.match(finding.message, /2025年政府收支分类科目/);
  });

  it('uses the edition set in the settings', () => {
    const text = doc(functionalTable([['2101598', '其他']]));
    const [finding] = codeFindings(text, 'COD002', resolveSettings({ catalogEdition: 2024 }));
    assert.ok(finding);
    assert.match(finding.message, /2024 年版/);
  });

  it('writes the fix into split 类/款/项 cells', () => {
    const text = doc(
      '表：公开表 3 支出总体情况表\n\n| 科目编码 | 科目编码 | 科目编码 | 科目名称 | 合计 |\n| 类 | 款 | 项 | | |\n|---|---|---|---|---:|\n| 210 | 15 | 07 | 医疗保障经办事务 | 1.00 |\n',
    );
    const [finding] = codeFindings(text, 'COD002');
    assert.ok(finding);
    assert.match(applyFix(text, finding), /\| 210 \| 15 \| 06 \| 医疗保障经办事务 \|/);
  });

  it('is a softer note where the catalog lists no 项 under the 款', () => {
    // 20901 has no 项 in the catalog (209 lists 款 only).
    const text = doc(functionalTable([['2090101', '某项']]));
    const [finding] = codeFindings(text, 'COD002');
    assert.ok(finding);
    assert.equal(finding.severity, 'information');
    assert.match(finding.message, /未经实际文件印证/);
  });

  it('stays silent on known codes', () => {
    assert.deepEqual(codeFindings(doc(functionalTable([['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210201', '住房公积金']])), 'COD002'), []);
  });
});
