/**
 * Headings recognised from their text alone (a Word paragraph without a heading style, a PDF line): a
 * short line numbered like a heading — 第一部分 (level 1), 一、 (2), （一） (3) — that is not a sentence.
 */
import { parseMarker } from '../syntax/listMarkers';

export const HEADING_LEVEL_BY_STYLE: Record<string, number> = { part: 1, chinese: 2, 'paren-chinese': 3 };

/** The level of a numbered heading line, or undefined when the text reads as prose or a list item. */
export function numberedHeadingLevel(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 45 || /[。；;，,：:]$/.test(trimmed) || /[。；]/.test(trimmed)) return undefined;
  const marker = parseMarker(trimmed);
  if (!marker) return undefined;
  return HEADING_LEVEL_BY_STYLE[marker.style];
}
