/** LineIndex answers the same whatever order offsets are asked in (it remembers the last line found). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/syntax/lineIndex';

/** Line and character of `offset` by walking the text: \n, \r\n and a lone \r each end a line. */
function walk(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    if (code === 0x0a || code === 0x0d) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - start };
}

describe('LineIndex', () => {
  for (const [name, text] of [
    ['\\n only', '第一行\n\n| a | b |\n末行'],
    ['mixed breaks', 'a\r\nbb\rccc\n\r\n\rd'],
    ['final break', 'x\ny\n'],
  ] as const) {
    it(`positions with ${name}, asked forwards, backwards and at random`, () => {
      const index = new LineIndex(text);
      const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
      const shuffled = offsets.map((_, i) => offsets[(i * 7919) % offsets.length]!);
      for (const order of [offsets, [...offsets].reverse(), shuffled]) {
        for (const offset of order) assert.deepEqual(index.positionAt(offset), walk(text, offset), `offset ${offset}`);
      }
      assert.equal(index.lineCount, walk(text, text.length).line + 1);
    });
  }
});
