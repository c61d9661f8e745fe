/** Every cell's, heading's and glossary term's range maps back to exactly its source text. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import type { DisclosureDocument, Range } from '../../server/src/model/types';
import { readSeed, SEED_IDS } from '../helpers/fixtures';

function sourceOf(document: DisclosureDocument, range: Range): string {
  const start = document.lineIndex.offsetAt(range.start);
  const end = document.lineIndex.offsetAt(range.end);
  return document.text.slice(start, end);
}

for (const id of SEED_IDS) {
  describe(`ranges of seed ${id}`, () => {
    const document = parseDocument(readSeed(id));

    it('cells', () => {
      let checked = 0;
      for (const table of document.tables) {
        for (const row of [...table.headerRows, ...table.body]) {
          for (const cell of row.cells) {
            assert.equal(sourceOf(document, cell.range).replace(/\\\|/g, '|'), cell.text);
            assert.equal(cell.range.start.line, cell.range.end.line);
            checked++;
          }
        }
      }
      assert.ok(checked > 100, `checked ${checked} cells`);
    });

    it('headings and captions', () => {
      for (const heading of document.headings) {
        assert.equal(sourceOf(document, heading.textRange), heading.text);
        assert.equal(sourceOf(document, heading.titleRange), heading.title);
      }
      for (const table of document.tables) {
        if (!table.caption) continue;
        assert.equal(sourceOf(document, table.caption.textRange), table.caption.text);
        assert.equal(sourceOf(document, table.caption.nameRange), table.caption.name);
        if (table.caption.numberRange) assert.equal(sourceOf(document, table.caption.numberRange), table.caption.number);
      }
    });

    it('glossary terms and paragraph segments', () => {
      for (const entry of document.glossary) {
        assert.equal(sourceOf(document, entry.termRange), entry.term);
      }
      for (const paragraph of document.paragraphs) {
        for (const segment of paragraph.segments) assert.equal(sourceOf(document, segment.range), segment.text);
      }
    });
  });
}
