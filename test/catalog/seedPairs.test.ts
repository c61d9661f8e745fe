/**
 * Cross-check of the catalog against every code/name pair printed in the five seeds (fixture copied
 * from scripts/catalog/seed-pairs.json): the correct pairs are valid for their seed's year, the
 * pairs marked as errors are not, and the side-by-side economic pairs are allowed by the mapping.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shippedCatalog } from '../../server/src/catalog/shippedCatalog';
import { sameName } from '../../server/src/catalog/names';
import { seedPairs } from './fixtures/seedPairs';

const fixture = seedPairs;

describe('catalog against the seeds', () => {
  const catalog = shippedCatalog();

  it('has the fixture', () => {
    assert.ok(fixture.pairs.length > 300);
  });

  it('knows every correct pair, valid for its seed year', () => {
    const missing: string[] = [];
    for (const pair of fixture.pairs.filter((p) => !p.error)) {
      const year = fixture.seedYears[pair.seed]!;
      const entry = catalog.lookup(pair.system, pair.code, year);
      if (!entry || !sameName(entry.name, pair.name)) missing.push(`${pair.seed} ${pair.system} ${pair.code} ${pair.name} → ${entry?.name ?? '无'}`);
    }
    assert.deepEqual(missing, []);
  });

  it('does not take the seeds’ naming errors as valid', () => {
    const errors = fixture.pairs.filter((p) => p.error);
    assert.ok(errors.length >= 5);
    for (const pair of errors) {
      const entry = catalog.lookup(pair.system, pair.code, fixture.seedYears[pair.seed]!);
      assert.ok(!entry || !sameName(entry.name, pair.name), `${pair.code} ${pair.name} should not be valid`);
    }
  });

  it('allows every economic pair printed side by side', () => {
    for (const pair of fixture.economicPairs) {
      assert.equal(catalog.pairAllowed(pair.department, pair.government), true, `${pair.department} → ${pair.government}`);
    }
  });
});
