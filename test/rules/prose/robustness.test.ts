/** Half-typed documents never make the prose or 三公 rules throw (a throw would show as INT001). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/check';
import { readSeed, SEED_IDS } from '../../helpers/fixtures';
import { seededRandom } from '../../helpers/random';
import { ownRules } from './helpers';

test('seeds cut at random places and with random lines removed raise no INT001 from these rules', () => {
  const random = seededRandom(4);
  for (const id of SEED_IDS) {
    const text = readSeed(id);
    for (let i = 0; i < 6; i++) {
      const cut = text.slice(0, Math.floor(random() * text.length));
      const lines = text.split('\n').filter(() => random() > 0.15).join('\n');
      for (const variant of [cut, lines]) {
        const { findings } = checkText(variant, 'untitled:fuzz.disclosure', undefined, { rules: ownRules });
        assert.deepEqual(findings.filter((f) => f.ruleId === 'INT001').map((f) => f.message), []);
      }
    }
  }
});

test('odd prose does not throw: empty bindings, lone operators, percentages without figures', () => {
  const odd = '---\n年度: 2023\n---\n\n收入总计 万元{=}，比上年增加 %，占 %。\n\n1人X元=万元；0元÷0人=0元；“三公”经费 0 万元，比上年增加 0 万元（0%）。\n\n共有 0 个：\n';
  const { findings } = checkText(odd, 'untitled:odd.disclosure', undefined, { rules: ownRules });
  assert.deepEqual(findings.filter((f) => f.ruleId === 'INT001'), []);
});
