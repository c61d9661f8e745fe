/** Applying text edits to a string: sorted, non-overlapping, positions in LSP coordinates. */
import { LineIndex, type Range } from '../syntax/lineIndex';
import type { TextEdit } from '../diagnostics/finding';

function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function overlapsOrTouches(a: Range, b: Range): boolean {
  const aEndsBeforeB = a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character <= b.start.character);
  const bEndsBeforeA = b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character <= a.start.character);
  return !(aEndsBeforeB || bEndsBeforeA);
}

/** Drops edits that overlap an earlier one (first come, first kept); returns them in document order. */
export function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    if (kept.some((k) => overlapsOrTouches(k.range, edit.range))) continue;
    kept.push(edit);
  }
  return kept.sort((a, b) => compareRanges(a.range, b.range));
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  const sorted = nonOverlapping(edits)
    .map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
