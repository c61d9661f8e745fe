/**
 * Bad input never crashes the balance rules: every seed cut off at every tenth line (half-typed tables),
 * and with each table's rows shuffled out of order, checks without an internal error.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/check';
import { balanceRules } from '../../../server/src/rules/balance/index';
import { SEED_IDS, readSeed } from '../../helpers/fixtures';

function internalErrors(text: string): string[] {
  return checkText(text, 'fuzz.disclosure', undefined, { rules: balanceRules }).findings
    .filter((f) => f.ruleId === 'INT001')
    .map((f) => f.message);
}

describe('balance rules on broken input', () => {
  for (const id of SEED_IDS) {
    it(`seed ${id} cut off mid-table and with cells removed`, () => {
      const lines = readSeed(id).split('\n');
      for (let end = 20; end < lines.length; end += 10) {
        assert.deepEqual(internalErrors(lines.slice(0, end).join('\n')), [], `cut at line ${end}`);
      }
      // Drop the last cell of every table row (short rows) and blank every fifth figure.
      let n = 0;
      const damaged = lines
        .map((line) => (line.startsWith('| ') ? line.replace(/\|[^|]*\|\s*$/, '|') : line))
        .map((line) => (line.startsWith('| ') ? line.replace(/\d[\d,]*\.\d\d/g, (figure) => (++n % 5 === 0 ? '' : figure)) : line))
        .join('\n');
      assert.deepEqual(internalErrors(damaged), []);
    });
  }
});
