/**
 * The prose skeleton of the new draft: every paragraph keeps its wording, with the budget year advanced
 * and each figure of last year (amounts and percentages) replaced by a placeholder for the drafter. The
 * original paragraph is kept above it as a comment (not published, ignored by the checks), so last year's
 * figures stay at hand. The glossary is copied unchanged.
 */
import type { TextEdit } from '../diagnostics/finding';
import { paragraphRange } from '../model/paragraphs';
import type { DisclosureDocument, Paragraph } from '../model/types';
import { scanFigures } from '../prose/figures';
import { lineRange, yearEdits } from './yearEdits';

function commentLine(lastYear: number, paragraph: Paragraph): string {
  const text = paragraph.text.replace(/-->/g, '--＞').replace(/[\r\n]+/g, ' ');
  return `<!-- ${lastYear}年原文：${text} -->\n`;
}

function paragraphEdits(paragraph: Paragraph, lastYear: number, placeholder: string, keepOriginal: boolean): TextEdit[] {
  const figures = scanFigures(paragraph.text);
  const edits: TextEdit[] = [];
  for (const amount of figures.amounts) {
    edits.push({ range: paragraphRange(paragraph, amount.start, amount.numberEnd), newText: placeholder });
  }
  for (const percent of figures.percents) {
    // The number before the % sign (the sign itself stays).
    const numberEnd = percent.start + percent.text.length;
    edits.push({ range: paragraphRange(paragraph, percent.start, numberEnd), newText: placeholder });
  }
  const figureEdits = edits.length;
  for (const segment of paragraph.segments) {
    edits.push(...yearEdits(segment.text, lastYear, lineRange(segment.range.start.line, segment.range.start.character)));
  }
  if (figureEdits > 0 && keepOriginal) {
    const line = paragraph.range.start.line;
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: commentLine(lastYear, paragraph) });
  }
  return edits;
}

export function proseEdits(document: DisclosureDocument, lastYear: number, placeholder: string, keepOriginal: boolean): TextEdit[] {
  const glossaryLines = new Set(document.glossary.map((g) => g.range.start.line));
  const edits: TextEdit[] = [];
  for (const paragraph of document.paragraphs) {
    if (glossaryLines.has(paragraph.range.start.line)) continue;
    edits.push(...paragraphEdits(paragraph, lastYear, placeholder, keepOriginal));
  }
  for (const heading of document.headings) {
    edits.push(...yearEdits(heading.text, lastYear, lineRange(heading.textRange.start.line, heading.textRange.start.character)));
  }
  return edits;
}
