/**
 * pdf.js's legacy build replaces some natives with core-js versions on Node 20 (nativeBuiltins.ts): after a
 * PDF import the process still has the native Array.prototype.push and JSON functions, and keeps what the
 * polyfills add.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../server/src/import/importDocument';
import { keepNativeBuiltins } from '../../server/src/import/pdf/nativeBuiltins';

const nativePush = Array.prototype.push;
const nativeStringify = JSON.stringify;
const nativeParse = JSON.parse;

describe('native built-ins around pdf.js', () => {
  it('puts back what a loader replaced and keeps what it added', async () => {
    const holder = Array.prototype as unknown as Record<string, unknown>;
    const value = await keepNativeBuiltins(async () => {
      holder.push = function polyfilledPush(this: unknown[], ...items: unknown[]) {
        return nativePush.apply(this, items);
      };
      holder.addedByLoader = () => 'added';
      return 'loaded';
    });
    try {
      assert.equal(value, 'loaded');
      assert.equal(Array.prototype.push, nativePush);
      assert.equal(typeof holder.addedByLoader, 'function');
    } finally {
      delete holder.addedByLoader;
    }
  });

  it('leaves the natives in place after a PDF import', async () => {
    const pdf = fileURLToPath(new URL('../fixtures/import/seed-000-excerpt.pdf', import.meta.url));
    const result = await importFile(new Uint8Array(readFileSync(pdf)), 'seed-000-excerpt.pdf');
    assert.ok(result.text.includes('|'));
    assert.equal(Array.prototype.push, nativePush);
    assert.equal(JSON.stringify, nativeStringify);
    assert.equal(JSON.parse, nativeParse);
    // What pdf.js needs and Node 20 lacks is still there.
    assert.equal(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers, 'function');
  });
});
