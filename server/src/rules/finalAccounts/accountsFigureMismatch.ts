/**
 * FIN006: a 决算 figure in an execution statement (“支出决算为 Y 万元”) that disagrees with the table it
 * restates: the 一般公共预算财政拨款支出决算表 row of the 类/款/项 the item narrative names, its 合计, the
 * 三公 决算数 of the item (blank = 0). Rounding only → information. Quick-fix: the table's figure.
 */
import { compareAmounts, formatLikeProse, showAmount } from '../../prose/compare';
import { figureAmount, statementFigure, type ExecutionSubject } from '../../prose/executionStatements';
import { documentClaims } from '../../prose/documentClaims';
import { describeTarget } from '../../prose/labels';
import { roundingSeverity } from '../../prose/roundingSeverity';
import { describeFigure, type TableFigure } from '../../prose/tableFigures';
import type { Rule, RuleContext } from '../types';
import { sharedBalanceAnalysis } from '../balance/reportIdentities';

export function describeSubject(subject: ExecutionSubject | undefined): string {
  if (!subject) return '';
  if (subject.kind === 'item') return subject.names.map((n, i) => `${n}（${['类', '款', '项'][i]}）`).join('');
  return describeTarget(subject);
}


/**
 * Whether a table figure is itself in a failing balance identity: then which side is wrong is open, and a
 * fix that copies the figure into the prose is not offered.
 */
export function unbalancedFigure(context: RuleContext, figure: TableFigure): boolean {
  const analysis = sharedBalanceAnalysis(context);
  const same = (t: { table: TableFigure['table']; row: TableFigure['row']; column: TableFigure['column'] }): boolean =>
    t.table === figure.table && t.row === figure.row && t.column.index === figure.column.index;
  for (const identity of analysis.byTable.get(figure.table) ?? []) {
    if (analysis.evaluations.get(identity)?.agreement !== 'error') continue;
    if (same(identity.target) || identity.parts.some(same)) return true;
  }
  return false;
}

export const accountsFigureMismatch: Rule = {
  id: 'FIN006',
  title: '说明中的决算数与决算表不一致',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const statements = context.shared('prose.claims', () => documentClaims(context.document)).statements;
    for (const statement of statements) {
      if (!statement.actual) continue;
      const figure = statementFigure(context.document, statement, 'actual');
      if (!figure) continue;
      const table = figureAmount(figure);
      const prose = statement.actual.figure.amount;
      const agreement = compareAmounts(prose, table);
      if (agreement === 'consistent') continue;
      const what = describeSubject(statement.subject);
      const where = describeFigure(figure);
      const related = [{ range: figure.cell.range, message: `${where}：${showAmount(table)}` }];
      if (agreement === 'rounding') {
        context.report({
          range: statement.actual.range,
          ...roundingSeverity(context.settings),
          message: `说明中${what}的支出决算 ${showAmount(prose)} 与${where}的 ${showAmount(table)} 相差在取整范围内，可能为取整误差。`,
          related,
        });
        continue;
      }
      const replacement = formatLikeProse(prose, table);
      const unbalanced = unbalancedFigure(context, figure);
      context.report({
        range: statement.actual.range,
        message: `说明中${what}的支出决算为 ${showAmount(prose)}，但${where}为 ${showAmount(table)}${unbalanced ? '（该表中数字本身与其合计或明细不平衡，请先核对表格）' : ''}。`,
        related,
        ...(unbalanced ? {} : { fixes: [{ title: `改为表格数 ${replacement}`, edits: [{ range: statement.actual.numberRange, newText: replacement }], preferred: true, safe: true }] }),
      });
    }
  },
};
