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

/** “麟游县医疗保障局2023年部门综合预算公开”, or nothing when the header names no unit. */
export function documentTitle(document: DisclosureDocument): string | undefined {
  const meta = document.meta;
  if (!meta.unitName) return undefined;
  return `${meta.unitName}${meta.year !== undefined ? `${meta.year}年` : ''}${meta.kind ?? ''}公开`;
}

export function titleParagraph(document: DisclosureDocument): Paragraph[] {
  const title = documentTitle(document);
  return title ? [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })] : [];
}

export function headingParagraph(heading: Heading): Paragraph {
  const level = HEADING_LEVELS[Math.min(Math.max(heading.level, 1), 6) - 1]!;
  return new Paragraph({ heading: level, children: [new TextRun(heading.text)] });
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
