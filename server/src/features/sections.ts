/**
 * Sections of a document: each heading with the lines it governs (up to the next heading of the same or
 * a higher level), and tables with their line spans. Shared by symbols, folding and selection ranges.
 */
import type { DisclosureDocument, Heading, Range } from '../model/types';
import { keptOn, memoSlot } from '../memoise';

export interface Section {
  heading: Heading;
  /** From the heading to the end of its last non-blank line. */
  range: Range;
  children: Section[];
}

const SECTIONS = memoSlot('sectionTree');

/** The last non-blank line before `line` (exclusive), not before `floor`. */
function lastContentLine(document: DisclosureDocument, line: number, floor: number): number {
  let last = line - 1;
  while (last > floor && document.lineIndex.lineText(last).trim().length === 0) last--;
  return Math.max(last, floor);
}

/** Top-level sections, each with its nested subsections. */
export function sectionTree(document: DisclosureDocument): Section[] {
  return keptOn(document, SECTIONS, () => readSectionTree(document));
}

function readSectionTree(document: DisclosureDocument): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const close = (section: Section, endLine: number): void => {
    const last = lastContentLine(document, endLine, section.heading.range.start.line);
    section.range = { start: section.heading.range.start, end: { line: last, character: document.lineIndex.lineText(last).length } };
  };
  for (const heading of document.headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.heading.level >= heading.level) {
      close(stack.pop()!, heading.range.start.line);
    }
    const section: Section = { heading, range: heading.range, children: [] };
    if (stack.length === 0) roots.push(section);
    else stack[stack.length - 1]!.children.push(section);
    stack.push(section);
  }
  while (stack.length > 0) close(stack.pop()!, document.lineIndex.lineCount);
  return roots;
}
