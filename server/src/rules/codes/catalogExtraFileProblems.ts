/**
 * COD009: the user's catalog additions file (setting `catalogExtraFile`) could not be read or has bad
 * entries. Reported once per document, at its header, so the author sees why a local code is unknown.
 */
import type { Rule } from '../types';
import { codeCatalog } from './codeContext';

export const catalogExtraFileProblems: Rule = {
  id: 'COD009',
  title: '目录补充文件有误',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    const { problems, extraFile } = codeCatalog(context);
    if (problems.length === 0) return;
    const shown = problems.slice(0, 5);
    const more = problems.length > shown.length ? `（另有 ${problems.length - shown.length} 处）` : '';
    const range = context.document.meta.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    context.report({
      range: { start: range.start, end: range.start.line === range.end.line ? range.end : { line: range.start.line, character: 3 } },
      message: `目录补充文件有问题（${extraFile ?? ''}），有问题的条目未被采用：${shown.join('；')}${more}。`,
    });
  },
};
