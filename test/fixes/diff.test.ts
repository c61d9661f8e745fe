/** fix-all's edits against the original text touch nothing but the changed figures. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diffAsLineEdits } from '../../server/src/fixes/fixAll';
import { applyEdits } from '../../server/src/fixes/textEdits';

describe('diffAsLineEdits', () => {
  it('gives one edit per changed figure, never spanning the pipes between them', () => {
    const before = '| 208 | 社会保障和就业支出 | 55.56 | 55.56 | 0.00 |\n| x | 1 | 2 |';
    const after = '| 208 | 社会保障和就业支出 | 55.24 | 55.24 | 0.00 |\n| x | 1 | 2 |';
    const edits = diffAsLineEdits(before, after);
    assert.deepEqual(
      edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText]),
      [
        [0, 20, 25, '55.24'],
        [0, 28, 33, '55.24'],
      ],
    );
    assert.equal(applyEdits(before, edits), after);
  });
  it('replaces a whole figure when its length changes', () => {
    const edits = diffAsLineEdits('合计 | 8,132.86 |', '合计 | 18,132.86 |');
    assert.deepEqual(edits.map((e) => [e.range.start.character, e.range.end.character, e.newText]), [[5, 13, '18,132.86']]);
  });
  it('returns no edit for identical texts', () => {
    assert.deepEqual(diffAsLineEdits('a\nb', 'a\nb'), []);
  });
});
