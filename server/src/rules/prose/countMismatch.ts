/**
 * PRO009: “共有 N 个 …，包括：” followed by a list (marked paragraphs or a table) with another number of
 * items (seed 002: 二级预算单位共有 2个, three listed).
 */
import { paragraphRange } from '../../model/paragraphs';
import { compactLabel } from '../../model/labels';
import type { Block, Paragraph, Table } from '../../model/types';
import { paragraphNumberText } from '../../prose/paragraphNumberText';
import { endsInColon } from '../../prose/characterTests';
import type { Rule } from '../types';

const COUNT = /共有?[ \t\u3000]*(\d+)[ \t\u3000]*(个|家|项|所|户)[^。；]*[：:][ \t\u3000]*$/;

function listAfter(blocks: Block[], index: number): { count: number; what: string } | undefined {
  let i = index + 1;
  while (i < blocks.length && blocks[i]!.type === 'comment') i++;
  const next = blocks[i];
  if (!next) return undefined;
  if (next.type === 'table') {
    const table = next as Table;
    const rows = table.body.filter((row) => row.cells.some((c) => c.kind !== 'blank') && !/^(?:合计|总计)$/.test(compactLabel(row.label)));
    return { count: rows.length, what: `下方表格列出 ${rows.length} 个` };
  }
  if (next.type === 'paragraph' && (next as Paragraph).marker) {
    const style = (next as Paragraph).marker!.style;
    let count = 0;
    while (i < blocks.length) {
      const block = blocks[i]!;
      if (block.type !== 'paragraph' || (block as Paragraph).marker?.style !== style) break;
      count++;
      i++;
    }
    return { count, what: `下方列出 ${count} 项` };
  }
  return undefined;
}

export const countMismatch: Rule = {
  id: 'PRO009',
  title: '所述个数与所列不符',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const blocks = context.document.blocks;
    blocks.forEach((block, index) => {
      if (block.type !== 'paragraph') return;
      const paragraph = block as Paragraph;
      if (!endsInColon(paragraph.text) || !paragraph.text.includes('共')) return; // COUNT ends in a colon, starts with 共
      const text = paragraphNumberText(context.document, paragraph);
      const match = COUNT.exec(text);
      if (!match) return;
      const stated = Number.parseInt(match[1]!, 10);
      const list = listAfter(blocks, index);
      if (!list || list.count === stated || list.count === 0) return;
      const start = match.index + match[0].indexOf(match[1]!);
      const end = text.indexOf(match[2]!, start + match[1]!.length) + match[2]!.length;
      context.report({
        range: paragraphRange(paragraph, start, end),
        message: `说明称共有 ${stated} ${match[2]}，但${list.what}。`,
      });
    });
  },
};
