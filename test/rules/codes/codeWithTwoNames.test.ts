/** COD005: one code with two names in one document. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doc, readSeed } from '../../helpers/fixtures';
import { applyFix, codeFindings, functionalTable } from './helpers';

describe('COD005 one code, two names', () => {
  it('reports seed 003: 2210202 租房补贴 (收入总表) against 提租补贴 (支出总表)', () => {
    const text = readSeed('003');
    const findings = codeFindings(text, 'COD005');
    assert.equal(findings.length, 1);
    const finding = findings[0]!;
    assert.match(finding.message, /编码 2210202 在2023年预算收入总表第 \d+ 行写作“租房补贴”，在2023年预算支出总表第 \d+ 行写作“提租补贴”/);
    assert.match(finding.message, /目录名称为“提租补贴”/);
    assert.equal(finding.related?.length, 1);
    const lineOf = (line: number): string => text.split('\n')[line]!;
    assert.match(lineOf(finding.range.start.line), /2210202 \| 租房补贴/);
    assert.match(lineOf(finding.related![0]!.range.start.line), /2210202 \| 提租补贴/);
    assert.match(applyFix(text, finding).split('\n')[finding.range.start.line]!, /2210202 \| 提租补贴/);
  });

  it('takes the first name as reference when the catalog does not know the code', () => {
    const text = doc(functionalTable([['2101598', '本地试点']]) + '\n' + functionalTable([['2101598', '本地试点支出']], '附表 4-5 一般公共预算支出表'));
    const findings = codeFindings(text, 'COD005');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /一般公共预算支出表第 2 行写作“本地试点支出”，在附表 4-3 支出总表第 2 行写作“本地试点”/);
  });

  it('stays silent when every table uses one name (spacing aside)', () => {
    const text = doc(functionalTable([['2210202', '提租补贴']]) + '\n' + functionalTable([['2210202', '提租 补贴']], '附表 4-5 一般公共预算支出表'));
    assert.deepEqual(codeFindings(text, 'COD005'), []);
  });
});
