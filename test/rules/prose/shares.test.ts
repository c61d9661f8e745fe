import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { applyEdits } from '../../../server/src/fixes/textEdits';
import { coveredText, findingsOf } from './helpers';

test('PRO007 fires on a share that is not part ÷ whole, with the recomputed percentage as fix', () => {
  const text = doc('2023年度支出预算6,660.17万元，其中：基本支出880.52万元，占15.22%；项目支出5,779.65万元，占86.78%。');
  const [finding, ...rest] = findingsOf(text, 'PRO007');
  assert.equal(rest.length, 0);
  assert.equal(coveredText(text, finding!), '15.22%');
  assert.match(finding!.message, /880\.52 万元 ÷ 6,660\.17 万元 = 13\.22/);
  assert.match(applyEdits(text, finding!.fixes![0]!.edits), /占13\.22%/);
});

test('PRO007 is silent on right shares and on shares within rounding', () => {
  assert.deepEqual(findingsOf(doc('2023年度支出预算6,660.17万元，其中：基本支出880.52万元，占13.22%；项目支出5,779.65万元，占86.78%。'), 'PRO007'), []);
  assert.deepEqual(findingsOf(doc('2023年度支出预算6,660.17万元，其中：基本支出880.52万元，占13.2%；项目支出5,779.65万元，占86.8%。'), 'PRO007'), []);
});

test('PRO008 fires when shares of parts that cover the whole do not total 100%', () => {
  const text = doc('2023年度支出预算100.00万元，其中：基本支出40.00万元，占40%；项目支出60.00万元，占50%。');
  const findings = findingsOf(text, 'PRO008');
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /40% \+ 50% = 90%/);
});

test('PRO008 is silent when they total 100% within rounding, or when the parts do not cover the whole', () => {
  assert.deepEqual(findingsOf(doc('2023年度一般公共预算当年拨款6,660.17万元,主要用于以下方面:社会保障和就业支出6,536.16万元,占98.14%;卫生健康支出32.64万元,占0.49%;住房保障支出91.38万元,占1.37%。'), 'PRO008'), []);
  assert.deepEqual(findingsOf(doc('2023年度支出预算100.00万元，其中：基本支出40.00万元，占40%。'), 'PRO008'), []);
});
