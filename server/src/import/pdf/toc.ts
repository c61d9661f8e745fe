/**
 * The 目录: a line reading 目录 followed by entries with dot leaders and page numbers. Its lines are
 * taken out of the text flow and become one `toc` block (entries without leaders and page numbers).
 */
import { joinLetterSpaced } from '../text';
import type { PageElement } from './pageLayout';

const TITLE = /^目\s*录$/;
const LEADER = /([.…·．。\-－_]\s*){4,}|…{2,}/;

function isEntry(text: string): boolean {
  return LEADER.test(text) || /\S\s{0,3}\d{1,3}$/.test(text) && text.length <= 60 && !/[。；]/.test(text);
}

export function entryText(text: string): string {
  return text.replace(/([.…·．。\-－_]\s*){2,}.*$/, '').replace(/…+.*$/, '').replace(/\s+\d{1,3}$/, '').trim();
}

const squeeze = (text: string): string => entryText(joinLetterSpaced(text)).replace(/[\s。.．]/g, '');

/**
 * Indices of the 目录's lines (the title first) and its entries; undefined when there is none. The 目录
 * ends at the first line without a leader or page number — or, for a 目录 printed without either, where
 * its first entry appears again as the body's first heading.
 */
export function findToc(elements: PageElement[]): { indices: number[]; entries: string[] } | undefined {
  const start = elements.findIndex((e) => e.kind === 'line' && TITLE.test(joinLetterSpaced(e.text)) && e.page <= 4);
  if (start < 0) return undefined;
  const lineAt = (i: number): string | undefined => {
    const e = elements[i];
    return e?.kind === 'line' ? e.text : undefined;
  };
  const first = lineAt(start + 1);
  if (first === undefined) return undefined;
  // The body starts where the first entry is printed again (within the next pages).
  let end = -1;
  for (let i = start + 2; i < elements.length && elements[i]!.page <= elements[start]!.page + 3; i++) {
    const text = lineAt(i);
    if (text !== undefined && squeeze(text) === squeeze(first) && squeeze(first).length >= 2) {
      end = i;
      break;
    }
  }
  const indices = [start];
  const entries: string[] = [];
  if (end > 0) {
    for (let i = start + 1; i < end; i++) {
      const text = lineAt(i);
      if (text === undefined) return undefined;
      indices.push(i);
      entries.push(entryText(joinLetterSpaced(text)));
    }
    return { indices, entries };
  }
  for (let i = start + 1; i < elements.length; i++) {
    const text = lineAt(i);
    if (text === undefined || !isEntry(text)) break;
    indices.push(i);
    entries.push(entryText(text));
  }
  return entries.length > 0 ? { indices, entries } : undefined;
}
