/**
 * Whether completion on a line being typed may be answered from the model parsed before the edit, with
 * the line's current text: true only when the edit cannot change how the document is parsed into blocks
 * — the line is prose (in a paragraph, outside the 名词解释 section) before and after, and the characters
 * that changed are ordinary text. Then a parse of the current text would give the same tables, headings,
 * paragraph boundaries and glossary, and completion, which reads those plus the text before the cursor,
 * gives the same items. The caller guarantees that every other line is unchanged.
 */
import { isGlossaryHeading } from '../model/glossary';
import type { DisclosureDocument } from '../model/types';

/**
 * Characters that can make or unmake structure wherever they appear on a line: table rows and delimiters
 * (pipes, tabs, dashes), headings, comments, `键：值` attribute and glossary lines, prose bindings, and
 * line breaks and control characters.
 */
const STRUCTURAL = /[|｜\t#<>:：{}=\-—\u0000-\u001f\u007f\u2028\u2029]/;

/**
 * Line-start markers (list markers, heading numbering, `表：`, `---`) all fit in this many characters
 * after the line's indentation.
 */
const STABLE_PREFIX = 8;

function changedParts(before: string, after: string): { prefix: number; removed: string; inserted: string } {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { prefix, removed: before.slice(prefix, before.length - suffix), inserted: after.slice(prefix, after.length - suffix) };
}

export function proseLineEditKeepsStructure(document: DisclosureDocument, line: number, newText: string): boolean {
  const oldText = document.lineIndex.lineText(line);
  if (oldText.trim() === '' || newText.trim() === '') return false;
  const { prefix, removed, inserted } = changedParts(oldText, newText);
  const indentation = /^[\s\u3000]*/.exec(oldText)![0].length;
  if (prefix < indentation + STABLE_PREFIX || STRUCTURAL.test(removed) || STRUCTURAL.test(inserted)) return false;
  const paragraph = document.paragraphs.find((p) => p.range.start.line <= line && line <= p.range.end.line);
  if (!paragraph) return false;
  return !paragraph.headingPath.some((heading) => isGlossaryHeading(heading.title));
}
