/**
 * Measures the catalog: bytes of the data files on disk, entries per system, and the heap the built
 * index takes (printed; docs/catalog.md quotes the figures). Asserts loose upper bounds so a bloated
 * catalog is noticed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogIndex } from '../../server/src/catalog/catalogIndex';
import { shippedEntries, shippedMapping, shippedPublications } from '../../server/src/catalog/shippedCatalog';

const DATA_DIR = fileURLToPath(new URL('../../server/src/catalog/data/', import.meta.url));

describe('catalog size', () => {
  it('on disk', () => {
    let total = 0;
    const lines: string[] = [];
    for (const name of readdirSync(DATA_DIR).filter((n) => n.endsWith('.json')).sort()) {
      const size = statSync(join(DATA_DIR, name)).size;
      total += size;
      lines.push(`${name}: ${(size / 1024).toFixed(1)} KiB`);
    }
    console.log(`[catalog size] on disk: ${lines.join(', ')}; total ${(total / 1024).toFixed(1)} KiB`);
    assert.ok(total > 50_000 && total < 2_000_000);
  });

  it('in memory', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const indexes: CatalogIndex[] = [];
    const copies = 10;
    for (let i = 0; i < copies; i++) indexes.push(new CatalogIndex(shippedEntries(), shippedMapping(), shippedPublications()));
    gc?.();
    const perIndex = (process.memoryUsage().heapUsed - before) / copies;
    const entries = indexes[0]!.entries.length;
    console.log(`[catalog size] in memory: ~${(perIndex / 1024).toFixed(0)} KiB per built index (${entries} entries${gc ? '' : ', without --expose-gc: rough'})`);
    assert.ok(entries > 1500);
    assert.ok(perIndex < 20 * 1024 * 1024);
  });

});
