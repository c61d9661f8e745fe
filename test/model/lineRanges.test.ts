import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineRanges } from '../../server/src/model/lineRanges';
import { LineIndex } from '../../server/src/syntax/lineIndex';

test('ranges on a known line are the line index ranges, for every offset and line break style', () => {
  const text = '| a | 1 |\r\n| b | 2 |\n\n|c|\r| d |';
  const index = new LineIndex(text);
  for (let line = 0; line < index.lineCount; line++) {
    const ranges = new LineRanges(index, text.length, line);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) assert.deepEqual(ranges.range(start, end), index.rangeOf(start, end));
    }
  }
});

test('a wrong line number still gives the true positions', () => {
  const text = 'first\nsecond\nthird';
  const index = new LineIndex(text);
  for (const hint of [-3, 7, 1.5]) {
    const ranges = new LineRanges(index, text.length, hint);
    assert.deepEqual(ranges.range(8, 12), { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } });
    assert.deepEqual(ranges.range(14, 18), { start: { line: 2, character: 1 }, end: { line: 2, character: 5 } });
  }
});
