/**
 * The text of the disclosure as Word paragraphs: the title (单位 + 年度 + 类型, as the published documents
 * open), the headings with their own numbering (Word heading styles, so the navigation pane and a table of
 * contents work), the paragraphs without the checker's bindings `{=…}`, and the 名词解释 entries with
 * their term in bold.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { DisclosureDocument, GlossaryEntry, Heading, Paragraph as DisclosureParagraph } from '../../model/types';
import { stripBindings } from '../../preview/prose';
import { STYLE_IDS } from './typography';

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** The title's two lines: the unit, and “2023年部门综合预算公开”; nothing when the header names no unit. */
function titleLines(document: DisclosureDocument): [string, string] | undefined {
  const meta = document.meta;
  if (!meta.unitName) return undefined;
  return [meta.unitName, `${meta.year !== undefined ? `${meta.year}年` : ''}${meta.kind ?? ''}公开`];
}

/** “麟游县医疗保障局2023年部门综合预算公开” (the document's title property). */
export function documentTitle(document: DisclosureDocument): string | undefined {
  return titleLines(document)?.join('');
}

/** The title as published: the unit on one line, the year and kind on the next. */
export function titleParagraph(document: DisclosureDocument): Paragraph[] {
  const lines = titleLines(document);
  if (!lines) return [];
  return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(lines[0]), new TextRun({ text: lines[1], break: 1 })] })];
}

/** A heading; `newPage` for the parts (第一部分 …) after the first, which begin a page as published. */
export function headingParagraph(heading: Heading, newPage = false): Paragraph {
  const level = HEADING_LEVELS[Math.min(Math.max(heading.level, 1), 6) - 1]!;
  return new Paragraph({ heading: level, ...(newPage ? { pageBreakBefore: true } : {}), children: [new TextRun(heading.text)] });
}

function glossaryParagraph(text: string, entry: GlossaryEntry): Paragraph {
  const at = text.indexOf(entry.term);
  if (at < 0) return new Paragraph({ style: STYLE_IDS.glossary, children: [new TextRun(text)] });
  // The marker, the term and its colon in bold; the definition in the text face.
  let end = at + entry.term.length;
  if (text[end] === '：' || text[end] === ':') end++;
  return new Paragraph({
    style: STYLE_IDS.glossary,
    children: [new TextRun({ text: text.slice(0, end), bold: true }), new TextRun(text.slice(end))],
  });
}

/** A paragraph of prose; `entry` when it is a 名词解释 entry. */
export function proseParagraph(paragraph: DisclosureParagraph, entry?: GlossaryEntry): Paragraph {
  const text = stripBindings(paragraph.text);
  if (entry) return glossaryParagraph(text, entry);
  return new Paragraph({ children: [new TextRun(text)] });
}

/** The glossary entries by the line their paragraph starts on. */
export function glossaryByLine(document: DisclosureDocument): Map<number, GlossaryEntry> {
  return new Map(document.glossary.map((entry) => [entry.range.start.line, entry]));
}
