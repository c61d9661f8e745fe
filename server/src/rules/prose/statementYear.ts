/**
 * PRO012: a statement about this year's budget dated another year (seed 001: “2024 年预算安排 10万元” in a
 * 2025 document). Only wording that dates the budget itself is read: “YYYY 年(度)预算安排”, “YYYY 年(度)
 * (收入|支出|收支)预算”, “YYYY 年(度)一般公共预算(支出|拨款|当年拨款)”, “YYYY 年(度)部门预算”.
 */
import { paragraphRange } from '../../model/paragraphs';
import { paragraphNumberText } from '../../prose/paragraphNumberText';
import type { Rule } from '../types';

const DATED = /(?<!\d)(20\d{2})[ \t\u3000]*年度?[ \t\u3000]*(?:年初)?(?:预算安排|(?:收入|支出|收支)预算|一般公共预算(?:支出|拨款|当年拨款)|部门预算(?!公开))/g;

export const statementYear: Rule = {
  id: 'PRO012',
  title: '预算年度与文档年度不符',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const year = context.document.meta.year;
    if (year === undefined) return;
    const glossaryLines = new Set(context.document.glossary.map((g) => g.range.start.line));
    for (const paragraph of context.document.paragraphs) {
      // Every dated wording ends in 预算 (normalising digits leaves the words as they are).
      if (glossaryLines.has(paragraph.range.start.line) || !paragraph.text.includes('预算')) continue;
      const text = paragraphNumberText(context.document, paragraph);
      DATED.lastIndex = 0;
      for (let m = DATED.exec(text); m; m = DATED.exec(text)) {
        const stated = Number.parseInt(m[1]!, 10);
        if (stated === year) continue;
        const before = text.slice(Math.max(0, m.index - 3), m.index);
        if (/[比较与上去]$|比$/.test(before)) continue;
        const range = paragraphRange(paragraph, m.index, m.index + 4);
        context.report({
          range,
          message: `本文档为 ${year} 年预算，此处却写“${m[0].trim()}”（${stated} 年）；如为笔误，应为 ${year} 年。`,
          fixes: [{ title: `改为 ${year}`, edits: [{ range, newText: String(year) }], preferred: true }],
        });
      }
    }
  },
};
