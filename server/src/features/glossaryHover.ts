/** Hover on a glossary term: the document's own definition (and where), or a built-in explanation. */
import type { DisclosureDocument, Position } from '../model/types';
import type { HoverContent } from './contributors';
import { termAt } from './termIndex';

export function glossaryHover(document: DisclosureDocument, position: Position): HoverContent | undefined {
  const occurrence = termAt(document, position);
  if (!occurrence) return undefined;
  const { source } = occurrence;
  if (source.kind === 'document') {
    const entry = source.entry;
    const line = entry.termRange.start.line + 1;
    const onDefinition =
      entry.termRange.start.line === occurrence.range.start.line &&
      entry.termRange.start.character === occurrence.range.start.character;
    const where = onDefinition ? '本文名词解释' : `本文名词解释，第 ${line} 行`;
    return {
      markdown: `**${entry.term}**（${where}）\n\n${entry.definition}`,
      range: occurrence.range,
    };
  }
  return {
    markdown: `**${source.builtin.term}**（内置解释，本文名词解释未定义此术语）\n\n${source.builtin.definition}`,
    range: occurrence.range,
  };
}
