/** COD008: classification names printed without codes (seed 003's economic table). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doc, readSeed } from '../../helpers/fixtures';
import { applyFix, codeFindings } from './helpers';

function namesTable(rows: Array<[string, string]>): string {
  return (
    '表：2023年一般公共预算安排基本支出分经济科目表\n\n| 部门预算支出经济科目名称 | 政府预算支出经济科目名称 | 合计 |\n|---|---|---:|\n| 合计 | | 3.00 |\n' +
    rows.map(([department, government]) => `| ${department} | ${government} | 1.00 |`).join('\n') +
    '\n'
  );
}

describe('COD008 name without code', () => {
  it('reports an outdated economic name with the current one as the fix', () => {
    const text = doc(namesTable([['商品和服务支出', ''], ['招待费', '商品和服务支出']]));
    const findings = codeFindings(text, 'COD008');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /“招待费”是部门预算支出经济分类科目 30217 的旧名称（2007–2013 年），2023 年版为“公务接待费”/);
    assert.match(applyFix(text, findings[0]!), /\| 公务接待费 \| 商品和服务支出 \|/);
  });

  it('notes a name that is in neither edition, with similar names', () => {
    const text = doc(namesTable([['工资福利支出', ''], ['基本工资', '工资福利支出'], ['对个人和家庭补助', '']]));
    const findings = codeFindings(text, 'COD008');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'information');
    assert.match(findings[0]!.message, /“对个人和家庭补助”不是 2023 年版部门预算支出经济分类科目中的科目名称，相近的有：303 对个人和家庭的补助/);
  });

  it('stays silent on seed 003’s economic table and on correct names', () => {
    assert.deepEqual(codeFindings(readSeed('003'), 'COD008'), []);
    assert.deepEqual(codeFindings(doc(namesTable([['公务接待费', '公务接待费'], ['办公费', '办公经费']])), 'COD008'), []);
  });
});
