/** Truncating a fixture anywhere or deleting random characters never throws and never hangs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { checkText } from '../../server/src/check';
import { readSeed, SEED_IDS } from '../helpers/fixtures';
import { seededRandom } from '../helpers/random';

describe('parser robustness', () => {
  it('truncation at every fifth line of every seed', () => {
    for (const id of SEED_IDS) {
      const text = readSeed(id);
      const lines = text.split('\n');
      for (let n = 0; n <= lines.length; n += 5) {
        const truncated = lines.slice(0, n).join('\n');
        const document = parseDocument(truncated);
        assert.ok(document.blocks.length >= 0);
      }
    }
  });

  it('300 random character deletions and insertions; every tenth checked end to end', () => {
    const random = seededRandom(20231123);
    const junk = ['|', '\t', '：', '---', '#', '表：', '\u0000', '\uFFFD', '８，１３２．８６', '(', '%', '\r', '\n\n'];
    for (let i = 0; i < 300; i++) {
      const id = SEED_IDS[i % SEED_IDS.length]!;
      let text = readSeed(id);
      for (let k = 0; k < 5; k++) {
        const at = Math.floor(random() * text.length);
        const length = Math.floor(random() * 20);
        text = random() < 0.5 ? text.slice(0, at) + text.slice(at + length) : text.slice(0, at) + junk[Math.floor(random() * junk.length)] + text.slice(at);
      }
      const started = Date.now();
      if (i % 10 === 0) {
        const result = checkText(text);
        for (const finding of result.findings) {
          assert.ok(finding.range.start.line < result.document.lineIndex.lineCount);
        }
      } else {
        const document = parseDocument(text);
        assert.equal(document.text, text);
      }
      assert.ok(Date.now() - started < 10000, 'one parse or check took more than 10 s');
    }
  });
});
