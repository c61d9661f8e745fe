/**
 * The excerpt under a text-format finding: the source line (shortened around the range when long) and a
 * caret line `^^^^` under the range, counting CJK characters as two columns so the carets line up in a
 * terminal.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import type { Range } from '../../syntax/lineIndex';

const MAX_COLUMNS = 100;
const LEAD = 24;

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === '\t' ? 1 : eastAsianWidth(ch.codePointAt(0)!);
  return w;
}

/** Spaces of the same display width as `s` (tabs stay tabs, so the caret lines up under a tab too). */
function padFor(s: string): string {
  let pad = '';
  for (const ch of s) pad += ch === '\t' ? '\t' : ' '.repeat(eastAsianWidth(ch.codePointAt(0)!));
  return pad;
}

export interface Excerpt {
  source: string;
  carets: string;
}

export function excerpt(line: string, range: Range): Excerpt {
  const startCol = Math.min(range.start.character, line.length);
  const endCol = range.end.line === range.start.line ? Math.min(Math.max(range.end.character, startCol), line.length) : line.length;
  let from = 0;
  let to = line.length;
  if (width(line) > MAX_COLUMNS) {
    from = Math.max(0, startCol - LEAD);
    to = from;
    while (to < line.length && width(line.slice(from, to + 1)) <= MAX_COLUMNS) to++;
    if (to < endCol) to = endCol;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < line.length ? '…' : '';
  const source = `${prefix}${line.slice(from, to)}${suffix}`;
  const before = `${prefix}${line.slice(from, startCol)}`;
  const marked = line.slice(startCol, endCol);
  const carets = `${padFor(before)}${'^'.repeat(Math.max(1, width(marked)))}`;
  return { source: source.replace(/\s+$/, ''), carets };
}
