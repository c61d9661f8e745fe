/** Hover: glossary terms plus every registered hover contributor, merged into one Markdown answer. */
import type { Hover } from 'vscode-languageserver';
import type { DisclosureDocument, Position } from '../model/types';
import { hoverContributors, type FeatureContext, type HoverContent } from './contributors';
import { glossaryHover } from './glossaryHover';
import { safeCall, type ErrorSink } from './safeCall';

export function hoverAt(
  document: DisclosureDocument,
  position: Position,
  context: FeatureContext,
  onError?: ErrorSink,
): Hover | undefined {
  const contents: HoverContent[] = [];
  for (const contributor of hoverContributors) {
    const content = safeCall('hover', () => contributor(document, position, context), onError);
    if (content && content.markdown.length > 0) contents.push(content);
  }
  const glossary = safeCall('hover', () => glossaryHover(document, position), onError);
  if (glossary) contents.push(glossary);
  if (contents.length === 0) return undefined;
  return {
    contents: { kind: 'markdown', value: contents.map((c) => c.markdown).join('\n\n---\n\n') },
    range: contents[0]!.range,
  };
}
