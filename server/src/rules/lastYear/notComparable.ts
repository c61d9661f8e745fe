/**
 * LYR002: the linked last year's document is another 单位, not the year before, or another kind (预算 vs
 * 决算). Reported once; nothing is compared with it.
 */
import { incomparability } from '../../lastYear/comparability';
import { lastYearEntry } from '../../lastYear/metadataKey';
import type { Rule } from '../types';

export const lastYearNotComparable: Rule = {
  id: 'LYR002',
  title: '上年文档不是本单位上一年度的公开文档',
  category: 'last-year',
  defaultSeverity: 'warning',
  check(context) {
    const link = context.lastYear;
    if (!link || link.status !== 'found') return;
    const problem = incomparability(context.document, link.document);
    if (!problem) return;
    const meta = context.document.meta;
    const entry = lastYearEntry(meta);
    let why: string;
    switch (problem.kind) {
      case 'year':
        why = `其年度为 ${problem.theirs ?? '（未写明）'}，本文档年度为 ${problem.mine ?? '（未写明）'}，应为 ${problem.mine !== undefined ? problem.mine - 1 : '上一年'}`;
        break;
      case 'unit':
        why = `其单位为“${problem.theirs}”，本文档单位为“${problem.mine}”`;
        break;
      case 'family':
        why = `其类型为“${problem.theirs}”，本文档为“${problem.mine}”（预算与决算不相比）`;
        break;
    }
    context.report({
      range: entry?.valueRange ?? meta.entries.find((e) => e.key === '年度')?.valueRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `上年文档“${link.shownPath}”不是本单位上一年度的公开文档：${why}。上年数未与之核对。`,
    });
  },
};
