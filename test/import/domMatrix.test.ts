/**
 * pdf.js needs a global DOMMatrix on Node; without the optional native @napi-rs/canvas (the packaged
 * extension, a copied dist/) it had none and every PDF import failed. ensureDomMatrix installs a
 * pure-JavaScript one only where the host has none, and it does the arithmetic pdf.js asks of it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ensureDomMatrix } from '../../server/src/import/pdf/domMatrix';

type MatrixLike = { a: number; b: number; c: number; d: number; e: number; f: number };
type Host = { DOMMatrix?: new (init?: number[]) => MatrixLike & { scaleSelf(x: number, y: number): MatrixLike & { translateSelf(x: number, y: number): MatrixLike } } };

describe('DOMMatrix for pdf.js', () => {
  it('installs one when the host has none, with the operations pdf.js uses', () => {
    const host = globalThis as Host;
    const before = host.DOMMatrix;
    delete host.DOMMatrix;
    try {
      ensureDomMatrix();
      assert.equal(typeof host.DOMMatrix, 'function');
      const identity = new host.DOMMatrix!();
      assert.deepEqual([identity.a, identity.b, identity.c, identity.d, identity.e, identity.f], [1, 0, 0, 1, 0, 0]);
      // The shading-pattern matrix of pdf.js's worker: scale by (1/w, -1/h), then translate by (0, -h).
      const m = new host.DOMMatrix!().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
      assert.deepEqual([m.a, m.b, m.c, m.d, m.e, m.f].map((v) => v + 0), [0.25, 0, 0, -0.5, 0, 1]); // + 0: -0 reads as 0
      const given = new host.DOMMatrix!([2, 0, 0, 3, 5, 7]);
      assert.deepEqual([given.a, given.d, given.e, given.f], [2, 3, 5, 7]);
    } finally {
      if (before === undefined) delete host.DOMMatrix;
      else host.DOMMatrix = before;
    }
  });

  it('keeps a DOMMatrix the host already has', () => {
    const host = globalThis as Host;
    const before = host.DOMMatrix;
    const own = class {} as unknown as NonNullable<Host['DOMMatrix']>;
    host.DOMMatrix = own;
    try {
      ensureDomMatrix();
      assert.equal(host.DOMMatrix, own);
    } finally {
      if (before === undefined) delete host.DOMMatrix;
      else host.DOMMatrix = before;
    }
  });
});
