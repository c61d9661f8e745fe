/**
 * The five seeds yield exactly the balance findings domain.md §5 and the seeds' notes list (all of them
 * rounding notes, none an error), and nothing else.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, type SeedId } from '../../helpers/fixtures';
import { balanceFindings, summary } from './helpers';

const EXPECTED: Record<SeedId, Array<[string, number, string, RegExp]>> = {
  '000': [['BAL002', 238, 'information', /附表 4-6.*301 工资福利支出.*330\.62.*330\.61.*可能为取整误差/]],
  '001': [
    ['BAL002', 131, 'information', /附表 4-3 支出总表.*208.*11\.33.*11\.34.*可能为取整误差/],
    ['BAL002', 191, 'information', /附表 4-5 一般公共预算支出表.*208.*11\.33.*11\.34/],
    ['BAL002', 214, 'information', /附表 4-6.*301.*78\.99.*79\.00/],
    ['BAL002', 257, 'information', /附表 4-9 项目支出表.*032004.*94\.04.*94\.06/],
  ],
  '002': [],
  '003': [
    ['BAL004', 145, 'information', /预算公开表1.*本年支出合计.*6,660\.17.*6,660\.18/],
    ['BAL003', 156, 'information', /2023年预算收入总表.*合计.*6,660\.17.*6,660\.18/],
    ['BAL003', 179, 'information', /2023年预算支出总表.*6,660\.17.*6,660\.18/],
    ['BAL003', 179, 'information', /2023年预算支出总表.*基本支出.*880\.52.*880\.53/],
    ['BAL004', 233, 'information', /2023年财政拨款收支总表.*本年支出合计.*6,660\.17.*6,660\.18/],
    ['BAL003', 247, 'information', /一般公共预算支出预算表.*6,660\.17.*6,660\.18/],
    ['BAL003', 247, 'information', /一般公共预算支出预算表.*880\.52.*880\.53/],
    ['BAL002', 271, 'information', /基本支出分经济科目表.*工资福利支出.*796\.80.*796\.81/],
  ],
  '004': [],
};

for (const [id, expected] of Object.entries(EXPECTED) as Array<[SeedId, Array<[string, number, string, RegExp]>]>) {
  describe(`balance findings of seed ${id}`, () => {
    const findings = balanceFindings(readSeed(id));

    it('are exactly the known discrepancies', () => {
      assert.deepEqual(summary(findings), expected.map(([rule, line, severity]) => [rule, line, severity]));
    });

    it('name both figures and where they come from', () => {
      findings.forEach((finding, i) => assert.match(finding.message, expected[i]![3]));
    });

    it('raise no balance error', () => {
      assert.equal(findings.filter((f) => f.severity === 'error').length, 0);
    });

    it('offer no safe fix for a rounding note', () => {
      for (const finding of findings) assert.ok(!(finding.fixes ?? []).some((fix) => fix.safe));
    });
  });
}
