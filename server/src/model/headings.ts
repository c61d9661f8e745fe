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
  const level = node.hashes;
  const range = context.range(node);
  const textRange = context.range(content.span);
  const titleRange = context.range(title.span);
  // One literal per variant, keys in the model's order (an object spread of the optional key is far slower).
  return numbering
    ? { type: 'heading', level, numbering, title: title.text, text: content.text, range, textRange, titleRange }
    : { type: 'heading', level, title: title.text, text: content.text, range, textRange, titleRange };
}
