/**
 * The code rules over the five seeds: the only code findings are the seeds' real naming errors (seed
 * 003's 2210202 租房补贴), nothing on any correct row; and the codes of every kind of table are read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/model/buildModel';
import { collectCodeOccurrences } from '../../../server/src/catalog/codeOccurrences';
import { readSeed, SEED_IDS } from '../../helpers/fixtures';
import { codeFindings } from './helpers';
import { seedPairs } from '../../catalog/fixtures/seedPairs';

const pairs = seedPairs.pairs;

describe('code rules on the seeds', () => {
  for (const id of SEED_IDS) {
    it(`seed ${id}: findings only on the seed's known naming errors`, () => {
      const text = readSeed(id);
      const lines = text.split('\n');
      const errors = pairs.filter((p) => p.seed === id && p.error && p.context === 'table' && p.codeGiven);
      for (const finding of codeFindings(text)) {
        const line = lines[finding.range.start.line]!;
        const known = errors.find((p) => line.includes(p.code) && line.replace(/\s/g, '').includes(p.name));
        assert.ok(known, `${finding.ruleId} on a correct row (line ${finding.range.start.line + 1}): ${finding.message}`);
      }
    });
  }

  it('seed 003: 2210202 租房补贴 is reported by COD003 and COD005', () => {
    const ids = codeFindings(readSeed('003')).map((f) => f.ruleId);
    assert.deepEqual(ids, ['COD003', 'COD005']);
  });

  it('reads every correct table pair of the seeds as a classification code', () => {
    for (const id of SEED_IDS) {
      const document = parseDocument(readSeed(id), id);
      const found = new Set(collectCodeOccurrences(document).map((o) => `${o.system}:${o.code}:${(o.name ?? '').replace(/\s/g, '')}`));
      const expected = pairs.filter((p) => p.seed === id && p.context === 'table' && p.codeGiven);
      const missing = expected.filter((p) => !found.has(`${p.system}:${p.code}:${p.name.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))}`) && !found.has(`${p.system}:${p.code}:${p.name}`));
      assert.deepEqual(missing.map((p) => `${p.system} ${p.code} ${p.name}`), [], `seed ${id}`);
    }
  });

  it('never takes unit codes for classification codes', () => {
    const document = parseDocument(readSeed('002'), '002');
    assert.ok(collectCodeOccurrences(document).every((o) => !o.code.startsWith('410')));
  });

});
