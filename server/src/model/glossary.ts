/** The 名词解释 section's paragraphs → term → definition entries. */
import { paragraphRange } from './paragraphs';
import type { GlossaryEntry, Paragraph } from './types';

const GLOSSARY_TITLE = /名词解释/;
/** A term: short, no sentence punctuation, followed by a colon. */
const TERM = /^([^：:。；;，,]{1,30}?)[：:]/;

export function isGlossaryHeading(title: string): boolean {
  return GLOSSARY_TITLE.test(title);
}

export function glossaryEntry(paragraph: Paragraph): GlossaryEntry | undefined {
  const markerLength = paragraph.marker?.length ?? 0;
  const body = paragraph.text.slice(markerLength);
  const lead = /^[ \u3000]*/.exec(body)![0].length;
  const match = TERM.exec(body.slice(lead));
  if (!match) return undefined;
  const termStart = markerLength + lead;
  const term = match[1]!.trim();
  if (term.length === 0) return undefined;
  const definitionStart = termStart + match[0].length;
  const definition = paragraph.text.slice(definitionStart).trim();
  return {
    term,
    definition,
    ...(paragraph.marker ? { marker: paragraph.marker } : {}),
    range: paragraph.range,
    termRange: paragraphRange(paragraph, termStart, termStart + term.length),
    definitionRange: paragraphRange(paragraph, definitionStart, paragraph.text.length),
  };
}
