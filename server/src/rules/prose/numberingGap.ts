/**
 * PRO010: a numbered list with a gap (seed 001: 1, 3, 4). Consecutive marked paragraphs of one style under
 * the same heading form a list; unmarked paragraphs may stand between items; a heading or a table ends it;
 * a list may start anywhere (seed 004 begins its list inside a paragraph, so it reads 2, 3).
 */
import type { Paragraph } from '../../model/types';
import type { Rule } from '../types';

export const numberingGap: Rule = {
  id: 'PRO010',
  title: '序号不连续',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const last = new Map<string, Paragraph>();
    for (const block of context.document.blocks) {
      if (block.type === 'heading' || block.type === 'table') {
        last.clear();
        continue;
      }
      if (block.type !== 'paragraph') continue;
      const marker = block.marker;
      if (!marker) continue;
      const previous = last.get(marker.style);
      last.set(marker.style, block);
      if (!previous?.marker || marker.ordinal <= previous.marker.ordinal + 1 || marker.ordinal === 1) continue;
      const start = block.range.start;
      const missing = marker.ordinal - previous.marker.ordinal - 1 === 1 ? `${previous.marker.ordinal + 1}` : `${previous.marker.ordinal + 1}–${marker.ordinal - 1}`;
      context.report({
        range: { start, end: { line: start.line, character: start.character + marker.text.length } },
        message: `序号不连续：上一项为“${previous.marker.text}”（第 ${previous.range.start.line + 1} 行），此项为“${marker.text}”，缺少第 ${missing} 项。`,
        related: [{ range: previous.range, message: `上一项 ${previous.marker.text}` }],
      });
    }
  },
};
