/**
 * FIN010: the vehicle count of the 国有资产占有使用情况 (“共有车辆 3 辆，其中：部级领导干部用车 0 辆、主要领导干部用车
 * 1 辆 …”) that is not the sum of the categories listed after 其中.
 */
import { paragraphRange } from '../../model/paragraphs';
import type { Rule } from '../types';

const TOTAL = /共有车辆[ \t\u3000]*(\d+)[ \t\u3000]*辆[，,；;]?[ \t\u3000]*其中[：:]/g;
const ITEM = /([\u4e00-\u9fa5]+?车)[ \t\u3000]*(\d+)[ \t\u3000]*辆/g;

export const vehicleCount: Rule = {
  id: 'FIN010',
  title: '车辆总数与分类之和不符',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    for (const paragraph of context.document.paragraphs) {
      if (!paragraph.text.includes('共有车辆')) continue; // TOTAL needs it
      const text = paragraph.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      for (const match of text.matchAll(TOTAL)) {
        const start = (match.index ?? 0) + match[0].length;
        const end = text.indexOf('。', start);
        const list = text.slice(start, end < 0 ? undefined : end);
        const items = [...list.matchAll(ITEM)];
        if (items.length < 2) continue;
        const total = Number.parseInt(match[1]!, 10);
        const parts = items.map((m) => Number.parseInt(m[2]!, 10));
        const sum = parts.reduce((a, b) => a + b, 0);
        if (sum === total) continue;
        const numberStart = (match.index ?? 0) + match[0].indexOf(match[1]!, 4);
        context.report({
          range: paragraphRange(paragraph, numberStart, numberStart + match[1]!.length),
          message: `说明写共有车辆 ${total} 辆，而其后所列各类用车 ${items.map((m) => `${m[1]} ${m[2]}`).join(' + ')} = ${sum} 辆。`,
        });
      }
    }
  },
};
