/** Folding ranges: the metadata header, every section (heading to its last line) and every table. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { DisclosureDocument } from '../model/types';
import { sectionTree, type Section } from './sections';

export function foldingRanges(document: DisclosureDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (document.meta.range) add(document.meta.range.start.line, document.meta.range.end.line, FoldingRangeKind.Imports);
  const visit = (section: Section): void => {
    add(section.range.start.line, section.range.end.line);
    section.children.forEach(visit);
  };
  sectionTree(document).forEach(visit);
  for (const table of document.tables) add(table.range.start.line, table.range.end.line);
  for (const block of document.blocks) {
    if (block.type === 'comment') add(block.range.start.line, block.range.end.line, FoldingRangeKind.Comment);
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
