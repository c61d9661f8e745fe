/**
 * Identities judged with safe integers (evaluate's fast path) get exactly the judgement and the figures
 * decimal.js gives (evaluateWithDecimals, the reference), on the seeds and on seeds with figures altered so
 * that identities fail or differ within rounding, with and without the solver's what-if value; and
 * scaledInteger is exact.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { balanceAnalysis } from '../../server/src/analysis/identities/balanceAnalysis';
import { evaluate, evaluateWithDecimals, type Evaluation, type FigureValue } from '../../server/src/analysis/identities/evaluate';
import { parseDocument } from '../../server/src/model/buildModel';
import { applyEdits } from '../../server/src/fixes/textEdits';
import { formatNumber } from '../../server/src/numeric/numberText';
import { scaledInteger } from '../../server/src/numeric/scaledInteger';
import { readSeed, SEED_IDS } from '../helpers/fixtures';

/** The text with every `step`-th table figure moved by `delta` (same decimals and grouping). */
function altered(text: string, step: number, delta: string): string {
  const document = parseDocument(text);
  const edits = [];
  let n = 0;
  for (const table of document.tables) {
    for (const row of table.body) {
      for (const cell of row.cells) {
        if (cell.kind !== 'amount' || !cell.amount || n++ % step !== 0) continue;
        const { value, decimals, grouped } = cell.amount;
        edits.push({ range: cell.range, newText: formatNumber(value.plus(delta), decimals, grouped) });
      }
    }
  }
  return applyEdits(text, edits);
}

function sameFigure(a: FigureValue, b: FigureValue, where: string): void {
  assert.ok(a.value.eq(b.value), where);
  assert.equal(a.decimals, b.decimals, where);
  assert.equal(a.unit, b.unit, where);
  assert.equal(a.blank, b.blank, where);
}

function sameEvaluation(fast: Evaluation, slow: Evaluation, where: string): void {
  assert.equal(fast.agreement, slow.agreement, where);
  assert.equal(fast.unit, slow.unit, where);
  assert.equal(fast.computed.toString(), slow.computed.toString(), where);
  assert.equal(fast.difference.toString(), slow.difference.toString(), where);
  sameFigure(fast.stated, slow.stated, where);
  assert.equal(fast.partValues.length, slow.partValues.length, where);
  fast.partValues.forEach((part, i) => sameFigure(part, slow.partValues[i]!, `${where} part ${i}`));
}

describe('integer judgement of identities', () => {
  it('agrees with decimal.js on the seeds and on altered seeds, in all three outcomes', () => {
    const outcomes = new Map<string, number>();
    let whatIfs = 0;
    for (const id of SEED_IDS) {
      const seed = readSeed(id);
      for (const text of [seed, altered(seed, 7, '0.01'), altered(seed, 5, '1'), altered(seed, 3, '-0.02')]) {
        const analysis = balanceAnalysis(parseDocument(text));
        for (const identity of analysis.identities) {
          const fast = evaluate(identity)!;
          const slow = evaluateWithDecimals(identity)!;
          sameEvaluation(fast, slow, `${id} ${identity.ruleId} ${identity.key}`);
          outcomes.set(fast.agreement, (outcomes.get(fast.agreement) ?? 0) + 1);
          // The solver's what-if: the total replaced by the parts' sum, by that sum moved a cent, by zero.
          const target = slow.stated;
          for (const value of [slow.computed.toDecimalPlaces(target.decimals), slow.computed.plus('0.01'), new Decimal(0)]) {
            const replaced = { term: identity.target, value: { ...target, value } };
            const what = `${id} ${identity.ruleId} ${identity.key} with ${value.toString()}`;
            sameEvaluation(evaluate(identity, replaced)!, evaluateWithDecimals(identity, replaced)!, what);
            whatIfs++;
          }
        }
      }
    }
    assert.ok((outcomes.get('consistent') ?? 0) > 1000);
    assert.ok((outcomes.get('rounding') ?? 0) > 20);
    assert.ok((outcomes.get('error') ?? 0) > 20);
    assert.ok(whatIfs > 3000);
  });
});

describe('scaledInteger', () => {
  it('counts a value in 10^-decimals exactly, or answers undefined', () => {
    const cases: Array<[string, number, number | undefined]> = [
      ['330.62', 2, 33062],
      ['330.62', 4, 3306200],
      ['330.62', 1, undefined],
      ['0.05', 2, 5],
      ['0.00001234', 8, 1234],
      ['12345678.9', 2, 1234567890],
      ['10000000.01', 2, 1000000001],
      ['1e7', 0, 10000000],
      ['-3.5', 1, -35],
      ['0', 2, 0],
      ['90071992547409.91', 2, 9007199254740991],
      ['90071992547409.92', 2, undefined],
      ['9007199254740991', 0, 9007199254740991],
    ];
    for (const [text, decimals, expected] of cases) assert.equal(scaledInteger(new Decimal(text), decimals), expected, `${text} @${decimals}`);
  });
});
