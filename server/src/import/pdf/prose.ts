/**
 * Running text → headings and paragraphs. A paragraph goes on across line wraps and page breaks while
 * the previous line reaches the right margin and the next one is not indented; a short line, a first-line
 * indent, a list marker or a wider gap starts a new one. Headings are short lines with a numbering of
 * the heading kinds (第一部分, 一、, （一）), or centred or larger lines.
 */
import { parseMarker } from '../../syntax/listMarkers';
import type { ImportedBlock } from '../model';
import { joinLetterSpaced, joinWrapped } from '../text';
import { numberedHeadingLevel } from '../headingText';
import type { TextLine } from './pageLayout';

export interface PageMetrics {
  width: number;
  /** Left and right margin of the body text, in points. */
  left: number;
  right: number;
  /** Body font size. */
  size: number;
}

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/** Margins and body size per page, from its long lines (falling back to the whole document's). */
export function pageMetrics(lines: TextLine[], widths: Map<number, number>): Map<number, PageMetrics> {
  const long = lines.filter((l) => l.text.length >= 12);
  const size = mode(long.map((l) => Math.round(l.line.size * 2) / 2)) ?? 12;
  const globalLeft = mode(long.map((l) => Math.round(l.line.x / 3) * 3)) ?? 72;
  const metrics = new Map<number, PageMetrics>();
  for (const [page, width] of widths) {
    const own = long.filter((l) => l.page === page);
    const lefts = own.map((l) => l.line.x);
    const left = own.length >= 3 ? Math.min(globalLeft, Math.min(...lefts)) : globalLeft;
    const rights = own.map((l) => l.line.right).sort((a, b) => a - b);
    const right = rights.length >= 3 ? rights[Math.floor(rights.length * 0.8)]! : width - left;
    metrics.set(page, { width, left: Math.min(left, globalLeft + 6), right, size });
  }
  return metrics;
}

/** Centred or larger lines without a numbering are top-level headings. */
const PLAIN_LEVEL = 1;

function lineText(line: TextLine): string {
  return joinLetterSpaced(line.text);
}

function isCentered(line: TextLine, m: PageMetrics): boolean {
  const middle = (line.line.x + line.line.right) / 2;
  const pageMiddle = (m.left + m.right) / 2;
  return Math.abs(middle - pageMiddle) < 0.08 * (m.right - m.left) && line.line.x > m.left + 2 * m.size;
}

function endsShort(line: TextLine, m: PageMetrics): boolean {
  return line.line.right < m.right - 1.5 * m.size;
}

function isIndented(line: TextLine, m: PageMetrics): boolean {
  return line.line.x > m.left + 0.8 * m.size;
}

/** The heading level of a line, or undefined when it is prose. */
function headingLevel(line: TextLine, m: PageMetrics): number | undefined {
  const text = lineText(line);
  if (text.length > 60 || /[。；;，,：:]$/.test(text) || text.length < 2) return undefined;
  const marker = parseMarker(text);
  const numbered = numberedHeadingLevel(text);
  // 第X部分 headings may fill the line; the other numberings head a short line of their own.
  if (numbered !== undefined && (endsShort(line, m) || numbered === 1)) return numbered;
  if (marker && marker.style !== 'part') return undefined;
  if (/^[\d.,%\s]+$/.test(text) || /[:：]/.test(text)) return undefined;
  if ((isCentered(line, m) || line.line.size > 1.15 * m.size) && endsShort(line, m)) return PLAIN_LEVEL;
  return undefined;
}

function startsNewParagraph(previous: TextLine, line: TextLine, metrics: Map<number, PageMetrics>): boolean {
  const m = metrics.get(line.page)!;
  const pm = metrics.get(previous.page)!;
  const marker = parseMarker(lineText(line));
  if (marker && marker.style !== 'part') return true;
  if (isIndented(line, m)) return true;
  if (endsShort(previous, pm)) return true;
  if (Math.abs(line.line.size - previous.line.size) > 0.15 * m.size) return true;
  if (line.page === previous.page && line.line.y - previous.line.y > 2.3 * m.size) return true;
  return false;
}

/**
 * Prose lines (in order, across pages) → blocks. `breaks` marks line indices before which something
 * else (a table, the 目录) stood, so no paragraph runs over them.
 */
export function proseBlocks(lines: TextLine[], metrics: Map<number, PageMetrics>, breaks: Set<number>): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  let paragraph: string[] = [];
  let paragraphPage = 0;
  let previous: TextLine | undefined;
  let previousHeading: { level: number; line: TextLine; index: number } | undefined;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: joinWrapped(paragraph), page: paragraphPage });
    paragraph = [];
  };
  lines.forEach((line, index) => {
    const m = metrics.get(line.page)!;
    const text = lineText(line);
    const broken = breaks.has(index);
    const level = headingLevel(line, m);
    if (level !== undefined) {
      // A heading printed on two lines: the second is centred too (or continues a 第X部分 line).
      const last = blocks[blocks.length - 1];
      if (
        previousHeading &&
        !broken &&
        paragraph.length === 0 &&
        previousHeading.index === index - 1 &&
        last?.type === 'heading' &&
        previousHeading.line.page === line.page &&
        line.line.y - previousHeading.line.line.y < 2 * m.size &&
        parseMarker(text) === undefined &&
        (isCentered(line, m) || previousHeading.level === 1)
      ) {
        last.text = `${last.text}${text}`;
        previousHeading.index = index;
        previous = line;
        return;
      }
      flush();
      blocks.push({ type: 'heading', level, text, page: line.page });
      previousHeading = { level, line, index };
      previous = line;
      return;
    }
    if (previous === undefined || broken || blocks[blocks.length - 1]?.type === 'heading' && paragraph.length === 0 || startsNewParagraph(previous, line, metrics)) {
      flush();
    }
    if (paragraph.length === 0) paragraphPage = line.page;
    paragraph.push(text);
    previous = line;
  });
  flush();
  return blocks;
}
