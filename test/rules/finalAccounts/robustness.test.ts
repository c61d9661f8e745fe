/**
 * Bad input never crashes the 决算 checks: mutated copies of the 决算 fixture (lines deleted or duplicated, cells
 * cut, junk, CRLF, full-width digits …) go through every rule and the hovers without an internal error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/check';
import { hoverAt } from '../../../server/src/features/hover';
import { DEFAULT_SETTINGS } from '../../../server/src/config/settings';
import { seededRandom } from '../../helpers/random';
import { mutate } from '../../fuzz/mutations';
import { readFinalFixture } from './helpers';

test('mutated 决算 documents: no rule throws, hovers answer', () => {
  const random = seededRandom(1313);
  const original = readFinalFixture();
  for (let i = 0; i < 40; i++) {
    const { text, applied } = mutate(original, random);
    const { document, findings } = checkText(text);
    const internal = findings.filter((f) => f.ruleId === 'INT001');
    assert.deepEqual(internal.map((f) => f.message), [], applied.join(', '));
    for (const paragraph of document.paragraphs.filter((_, n) => n % 7 === i % 7)) {
      hoverAt(document, paragraph.range.start, { settings: DEFAULT_SETTINGS } as never, (what, error) => assert.fail(`${what}: ${String(error)} (${applied.join(', ')})`));
    }
  }
});

test('a half-typed two-panel table and a 决算 with only prose do not crash', () => {
  const half = `---\n类型: 部门决算\n年度: 2024\n---\n\n表：一般公共预算财政拨款基本支出决算表\n\n| 编码 | 科目名称 | 决算数 | 编码 | 科目名称 | 决算数 |\n|---|---|---:|---|---|---:|\n| 301 | 工资福利支出 | 1.00 | 302\n| 30101\n\n一般公共预算财政拨款支出年初预算为万元，支出决算为1万元，完成年初预算的%。\n\n1、（类）（款）（项）。年初预算为0万元，支出决算为0万元，完成年初预算的0%。决算数大于预算数。`;
  const { findings } = checkText(half);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'INT001').map((f) => f.message), []);
});
