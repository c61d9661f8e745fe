/** Paragraph lines → Paragraph (joined text, list marker, offset → position mapping). */
import type { ParagraphNode } from '../syntax/syntaxTree';
import { parseMarker } from '../syntax/listMarkers';
import { BuildContext, trimSpan } from './context';
import { LineRanges } from './lineRanges';
import type { Heading, Paragraph, ParagraphSegment, Position, Range } from './types';

export function buildParagraph(node: ParagraphNode, headingPath: Heading[], context: BuildContext): Paragraph {
  const segments: ParagraphSegment[] = [];
  let text = '';
  for (const line of node.lines) {
    const trimmed = trimSpan(line.content.text, line.content);
    if (trimmed.text.length === 0) continue;
    const range = new LineRanges(context.lineIndex, context.text.length, line.line).range(trimmed.span.start, trimmed.span.end);
    segments.push({ textStart: text.length, text: trimmed.text, range });
    text += trimmed.text;
  }
  const marker = parseMarker(text);
  const range = context.range(node);
  // One literal per variant, keys in the model's order: an object spread of the optional key costs several
  // times the whole literal.
  return marker && marker.style !== 'part'
    ? { type: 'paragraph', text, segments, marker, range, headingPath }
    : { type: 'paragraph', text, segments, range, headingPath };
}

/** The source position of an offset into `paragraph.text`. */
export function paragraphPosition(paragraph: Paragraph, offset: number): Position {
  const segments = paragraph.segments;
  if (segments.length === 0) return paragraph.range.start;
  let index = segments.length - 1;
  while (index > 0 && segments[index]!.textStart > offset) index--;
  const segment = segments[index]!;
  const within = Math.max(0, Math.min(offset - segment.textStart, segment.text.length));
  return { line: segment.range.start.line, character: segment.range.start.character + within };
}

/** The source range of `paragraph.text.slice(start, end)` (it may span lines). */
export function paragraphRange(paragraph: Paragraph, start: number, end: number): Range {
  const startPosition = paragraphPosition(paragraph, start);
  // An end exactly at a segment boundary belongs to the earlier line.
  const endPosition = end > start ? paragraphPosition(paragraph, end - 1) : startPosition;
  return { start: startPosition, end: end > start ? { line: endPosition.line, character: endPosition.character + 1 } : startPosition };
}
