/**
 * Headings and paragraphs as published. A paragraph is cut into sentences (at 。！？；) so that a finding
 * marks the sentence it falls in, not the whole paragraph; bindings `{=表/行/列}` are not published.
 */
import type { Finding } from '../diagnostics/finding';
import type { Heading, Paragraph, Position } from '../model/types';
import { escapeHtml } from './escape';
import { markAttributes, type RenderContext } from './tables';

export function renderHeading(heading: Heading, context: RenderContext): string {
  const level = Math.min(Math.max(heading.level, 1), 6);
  const found = context.findings.overlapping(heading.range);
  return `<h${level} data-line="${heading.range.start.line}"${markAttributes(found, [], context)}>${escapeHtml(heading.text)}</h${level}>`;
}

/** The offset in `paragraph.text` of a source position (clamped to the paragraph). */
export function paragraphOffset(paragraph: Paragraph, position: Position): number {
  const segments = paragraph.segments;
  if (segments.length === 0) return 0;
  if (position.line < segments[0]!.range.start.line) return 0;
  for (const segment of segments) {
    if (segment.range.start.line === position.line) {
      const within = Math.min(Math.max(position.character - segment.range.start.character, 0), segment.text.length);
      return segment.textStart + within;
    }
  }
  return paragraph.text.length;
}

/** The source position of an offset in `paragraph.text`. */
function paragraphPosition(paragraph: Paragraph, offset: number): Position {
  let current = paragraph.segments[0];
  for (const segment of paragraph.segments) if (segment.textStart <= offset) current = segment;
  if (!current) return paragraph.range.start;
  return { line: current.range.start.line, character: current.range.start.character + (offset - current.textStart) };
}

interface Sentence {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Sentences of a text: ends after a terminator (and any closing quotes/brackets), never inside `{…}`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && TERMINATORS.has(ch)) {
      let end = i + 1;
      while (end < text.length && /[”’）)」』]/.test(text[end]!)) end++;
      sentences.push({ start, end });
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** The text without bindings `{=…}` (they are instructions for the checker, not published). */
export function stripBindings(text: string): string {
  return text.replace(/\{=[^{}]*\}/g, '');
}

export function renderParagraph(paragraph: Paragraph, context: RenderContext): string {
  const candidates = context.findings.overlapping(paragraph.range);
  const ranges = candidates.map((finding) => ({
    finding,
    start: paragraphOffset(paragraph, finding.range.start),
    end: paragraphOffset(paragraph, finding.range.end),
  }));
  const parts = splitSentences(paragraph.text).map(({ start, end }) => {
    const found: Finding[] = ranges
      .filter((r) => (r.start === r.end ? r.start >= start && r.start < end : r.start < end && r.end > start))
      .map((r) => r.finding);
    const text = stripBindings(paragraph.text.slice(start, end));
    const position = paragraphPosition(paragraph, start);
    return (
      `<span data-line="${position.line}" data-character="${position.character}"${markAttributes(found, ['sentence'], context)}>` +
      `${escapeHtml(text)}</span>`
    );
  });
  const listClass = paragraph.marker ? ' class="list-item"' : '';
  return `<p data-line="${paragraph.range.start.line}"${listClass}>${parts.join('')}</p>`;
}
