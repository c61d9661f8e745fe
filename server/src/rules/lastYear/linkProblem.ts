/**
 * LYR001: the `上年文档` key names a file that cannot be read (missing, moved, not yet saved). The 上年
 * figures are then not checked against last year's publication.
 */
import { lastYearEntry } from '../../lastYear/metadataKey';
import type { Rule } from '../types';

export const lastYearLinkProblem: Rule = {
  id: 'LYR001',
  title: '上年文档无法读取',
  category: 'last-year',
  defaultSeverity: 'warning',
  check(context) {
    const link = context.lastYear;
    if (!link || link.status !== 'unreadable') return;
    const entry = lastYearEntry(context.document.meta);
    context.report({
      range: entry?.valueRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `上年文档“${link.shownPath}”无法读取（${link.reason}），本文档的上年数未与上年公开文档核对。路径相对于本文档所在文件夹。`,
    });
  },
};
