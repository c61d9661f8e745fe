/**
 * Selection ranges (expand selection): term or cell → row → table or paragraph → enclosing sections →
 * the whole document.
 */
import type { SelectionRange } from 'vscode-languageserver';
import type { DisclosureDocument, Position, Range } from '../model/types';
import { rangeContains, rangeContainsPosition, sameRange } from './ranges';
import { sectionTree, type Section } from './sections';
import { termAt } from './termIndex';

function candidates(document: DisclosureDocument, position: Position): Range[] {
  const found: Range[] = [];
  const whole = document.lineIndex.rangeOf(0, document.text.length);
  found.push(whole);
  let level: Section[] = sectionTree(document);
  for (;;) {
    const section = level.find((s) => rangeContainsPosition(s.range, position));
    if (!section) break;
    found.push(section.range);
    level = section.children;
  }
  const table = document.tables.find((t) => rangeContainsPosition(t.range, position));
  if (table) {
    found.push(table.range);
    const rows = [...table.headerRows, ...table.body];
    const row = rows.find((r) => rangeContainsPosition(r.range, position));
    if (row) {
      found.push(row.range);
      const cell = row.cells.find((c) => rangeContainsPosition(c.range, position));
      if (cell) found.push(cell.range);
    }
  } else {
    const paragraph = document.paragraphs.find((p) => rangeContainsPosition(p.range, position));
    if (paragraph) found.push(paragraph.range);
  }
  const term = termAt(document, position);
  if (term) found.push(term.range);
  return found;
}

export function selectionRangeAt(document: DisclosureDocument, position: Position): SelectionRange {
  let parent: SelectionRange | undefined;
  for (const range of candidates(document, position)) {
    if (parent && (!rangeContains(parent.range, range) || sameRange(parent.range, range))) continue;
    parent = parent ? { range, parent } : { range };
  }
  return parent ?? { range: { start: position, end: position } };
}
