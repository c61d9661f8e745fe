/**
 * Page furniture: page numbers (`- 3 -`, `第 3 页`, a lone number) near the top or bottom edge, and
 * running headers or footers (the same text at the same place on several pages). They are dropped.
 */
import type { PageElement, TextLine } from './pageLayout';

const PAGE_NUMBER = /^[-—–\s]*(第\s*)?[0-9０-９]{1,3}(\s*页)?([\s/／]*(共\s*)?[0-9]{1,3}\s*页?)?[-—–\s]*$/;
const EDGE = 0.1;

function normalised(text: string): string {
  return text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

export function isFurniture(element: TextLine, pageHeight: number, repeated: Set<string>): boolean {
  const nearEdge = element.top < pageHeight * EDGE || element.line.y > pageHeight * (1 - EDGE);
  if (!nearEdge) return false;
  if (PAGE_NUMBER.test(element.text)) return true;
  return repeated.has(`${normalised(element.text)}@${Math.round(element.line.y / 8)}`);
}

/** Texts that recur near the same edge position on at least three pages (and a third of them). */
export function repeatedEdgeTexts(elements: PageElement[], pageHeights: Map<number, number>): Set<string> {
  const pagesByKey = new Map<string, Set<number>>();
  for (const element of elements) {
    if (element.kind !== 'line') continue;
    const height = pageHeights.get(element.page) ?? 842;
    if (!(element.top < height * EDGE || element.line.y > height * (1 - EDGE))) continue;
    const key = `${normalised(element.text)}@${Math.round(element.line.y / 8)}`;
    const pages = pagesByKey.get(key) ?? new Set<number>();
    pages.add(element.page);
    pagesByKey.set(key, pages);
  }
  const pageCount = pageHeights.size;
  const repeated = new Set<string>();
  for (const [key, pages] of pagesByKey) if (pages.size >= 3 && pages.size * 3 >= pageCount) repeated.add(key);
  return repeated;
}

export function dropFurniture(elements: PageElement[], pageHeights: Map<number, number>): PageElement[] {
  const repeated = repeatedEdgeTexts(elements, pageHeights);
  return elements.filter((element) => element.kind !== 'line' || !isFurniture(element, pageHeights.get(element.page) ?? 842, repeated));
}
