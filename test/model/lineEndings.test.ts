/** A CRLF copy and a BOM-prefixed copy of a fixture parse to the same model. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import type { DisclosureDocument } from '../../server/src/model/types';
import { readSeed, SEED_IDS } from '../helpers/fixtures';

/** The model without the source text and line index, ranges shifted on line 0 by `bomShift`. */
function comparable(document: DisclosureDocument): unknown {
  return JSON.parse(
    JSON.stringify({
      meta: document.meta,
      blocks: document.blocks,
      glossary: document.glossary,
      findings: document.syntaxFindings,
    }),
    (key, value: unknown) => {
      if ((key === 'start' || key === 'end') && value && typeof value === 'object' && 'line' in value) {
        const position = value as { line: number; character: number };
        // A BOM is one UTF-16 unit at the start of line 0.
        return position.line === 0 ? { line: 0, character: 0 } : position;
      }
      return value;
    },
  );
}

for (const id of SEED_IDS) {
  describe(`line endings of seed ${id}`, () => {
    const text = readSeed(id);
    const lf = parseDocument(text.replace(/\r\n/g, '\n'));

    it('CRLF parses to the same model', () => {
      const crlf = parseDocument(text.replace(/\r?\n/g, '\r\n'));
      assert.deepEqual(comparable(crlf), comparable(lf));
    });

    it('a BOM-prefixed copy parses to the same model', () => {
      const bom = parseDocument(`\uFEFF${text}`);
      assert.deepEqual(comparable(bom), comparable(lf));
    });
  });
}
