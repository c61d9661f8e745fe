/** Heading lines → Heading (level, numbering, title). */
import type { HeadingNode } from '../syntax/syntaxTree';
import { parseMarker } from '../syntax/listMarkers';
import { BuildContext, trimSpan } from './context';
import type { Heading } from './types';

export function buildHeading(node: HeadingNode, context: BuildContext): Heading {
  const content = trimSpan(node.content.text, node.content);
  const numbering = parseMarker(content.text);
  const titleOffset = numbering ? numbering.length : 0;
  const title = trimSpan(content.text.slice(titleOffset), {
    start: content.span.start + titleOffset,
    end: content.span.end,
  });
  return {
    type: 'heading',
    level: node.hashes,
    ...(numbering ? { numbering } : {}),
    title: title.text,
    text: content.text,
    range: context.range(node),
    textRange: context.range(content.span),
    titleRange: context.range(title.span),
  };
}
