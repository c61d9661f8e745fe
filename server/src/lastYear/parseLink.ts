/**
 * LastYearSource (text) → LastYearLink (parsed). Last year's document changes rarely while this year's is
 * typed, so the parse is kept per URI and reused while the text is the same.
 */
import { parseDocument } from '../model/buildModel';
import type { DisclosureDocument } from '../model/types';
import type { LastYearLink, LastYearSource } from './types';

const parsed = new Map<string, { text: string; document: DisclosureDocument }>();

export function linkFromSource(source: LastYearSource | undefined): LastYearLink | undefined {
  if (!source) return undefined;
  if (source.status === 'unreadable') return source;
  const cached = parsed.get(source.uri);
  let document = cached && cached.text === source.text ? cached.document : undefined;
  if (!document) {
    document = parseDocument(source.text, source.uri);
    if (parsed.size > 16) parsed.clear();
    parsed.set(source.uri, { text: source.text, document });
  }
  return { status: 'found', uri: source.uri, document, via: source.via, shownPath: source.shownPath };
}
