/** Claims of a paragraph: targets, roles (本年 / 上年 / 增减), year-on-year statements and shares. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { documentClaims } from '../../server/src/prose/documentClaims';
import { describeTarget } from '../../server/src/prose/labels';
import { doc } from '../helpers/fixtures';

function claimsOf(body: string) {
  return documentClaims(parseDocument(doc(body))).paragraphs[0]!;
}

test('amounts are bound to the label before them; last year and changes are told apart', () => {
  const claims = claimsOf('支出总计 8132.86 万元（上年支出总计 2321.3 万元，同比增加 5811.56 万元，同比增加 250.36%。');
  assert.deepEqual(
    claims.amounts.map((a) => [a.figure.amount.text, a.role, a.target ? describeTarget(a.target) : null]),
    [
      ['8132.86', 'current', '支出总计'],
      ['2321.3', 'previous', '支出总计'],
      ['5811.56', 'change', null],
    ],
  );
  const change = claims.changes[0]!;
  assert.equal(change.current?.figure.amount.text, '8132.86');
  assert.equal(change.base?.figure.amount.text, '2321.3');
  assert.equal(change.percent?.percent.text, '250.36');
});

test('a change after a list of components refers to the head of the sentence', () => {
  const claims = claimsOf('2023年度预算收入总计6,660.17万元，其中：本年收入6,660.17万元，上年结转0.00万元，比上年增加457.38万元，增加7.37%。');
  const change = claims.changes[0]!;
  assert.equal(change.subject && describeTarget(change.subject), '收入总计');
  assert.equal(change.current?.figure.amount.text, '6,660.17');
});

test('classification lines by name or code, and a project by its quoted name', () => {
  const lines = claimsOf('1. 社会保障和就业支出（类）55.56 万元：行政事业单位养老支出 55.56 万元。').amounts.map((a) => a.target && describeTarget(a.target));
  assert.deepEqual(lines, ['社会保障和就业支出', '行政事业单位养老支出']);
  const coded = claimsOf('（1）社会保障和就业支出（208）457740 元，较上年增加 61000 元；').amounts[0]!;
  assert.deepEqual(coded.target, { kind: 'classification', name: '社会保障和就业支出', code: '208' });
  const project = claimsOf('1、“镇办医疗保障服务中心经费”主要内容是：保障运转。2023 年预算安排 50 万元，全部为当年一般公共预算资金。').amounts[0]!;
  assert.deepEqual(project.target, { kind: 'project', name: '镇办医疗保障服务中心经费' });
  assert.equal(project.year, 2023);
});

test('shares: 占 Y% after a part, the whole stated before 其中', () => {
  const claims = claimsOf('2023年度支出预算6,660.17万元，其中：基本支出880.52万元，占13.22%；项目支出5,779.65万元，占86.78%。');
  assert.deepEqual(claims.shares.map((s) => [s.part.figure.amount.text, s.whole.figure.amount.text, s.percent.percent.text]), [
    ['880.52', '6,660.17', '13.22'],
    ['5,779.65', '6,660.17', '86.78'],
  ]);
});

test('loose wording binds nothing', () => {
  const claims = claimsOf('我们今年大约花了 12 万元用于各种事情，主要是为了办好事。');
  assert.deepEqual(claims.amounts.map((a) => a.target ?? null), [null]);
});
