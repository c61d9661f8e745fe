/**
 * FIN007: a completion rate “完成年初预算的 Z%” that is not 决算数 ÷ 预算数 (interval arithmetic, as PRO007).
 * The 预算数 is the one stated in the statement, or for a 三公 item the 三公 决算表's 预算数; a rate whose basis
 * (年初 / 调整后 / 全年预算) differs from the stated budget's is not checked. A rate stated against a budget of
 * zero cannot be computed: a warning. Quick-fix: the recomputed rate with the stated decimals.
 */
import Decimal from 'decimal.js';
import { amountInterval, displayedInterval, divide, judge } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { basesDiffer, completionPercent, statementBudget } from '../../prose/executionStatements';
import { documentClaims } from '../../prose/documentClaims';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';
import { describeSubject, unbalancedFigure } from './accountsFigureMismatch';

export const completionRate: Rule = {
  id: 'FIN007',
  title: '完成率计算有误',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const statements = context.shared('prose.claims', () => documentClaims(context.document)).statements;
    for (const statement of statements) {
      const { rate, actual } = statement;
      if (!rate || !actual) continue;
      if (basesDiffer(statement)) continue;
      const found = statementBudget(context.document, statement);
      if (!found) continue;
      const budget = found.amount;
      const tableBudget = found.figure;
      const budgetWhere = statement.budget ? `预算数 ${budget.text} ${budget.unit}` : `表中预算数 ${budget.text} ${budget.unit}`;
      const what = describeSubject(statement.subject);
      const percent = rate.percent;
      if (budget.value.isZero()) {
        context.report({
          range: rate.range,
          severity: 'warning',
          message: `${what}的${budgetWhere.replace(/ .*/, '')}为 0，完成率无从计算，说明却写“完成预算的 ${percent.text}%”；应写明“无预算”或不写完成率。`,
        });
        continue;
      }
      const ratio = divide(amountInterval(actual.figure.amount), amountInterval(budget));
      if (!ratio) continue;
      const expected = completionPercent(actual.figure.amount, budget)!;
      const hundred = { low: ratio.low.times(100), high: ratio.high.times(100) };
      const rounded = expected.toDecimalPlaces(percent.decimals, Decimal.ROUND_HALF_UP);
      const agreement = judge(displayedInterval(percent.value, percent.decimals), hundred, percent.value, rounded);
      if (agreement === 'consistent') continue;
      const shown = formatNumber(expected, Math.max(percent.decimals, 2), false);
      const computation = `决算数 ${actual.figure.amount.text} ${actual.figure.amount.unit} ÷ ${budgetWhere} = ${shown}%`;
      if (agreement === 'rounding') {
        context.report({ range: rate.range, ...roundingSeverity(context.settings), message: `${what}完成率 ${percent.text}% 与 ${computation} 相差在取整范围内，可能为取整误差。` });
        continue;
      }
      const fixText = formatNumber(expected, percent.decimals, false);
      const start = rate.range.start;
      const unbalanced = tableBudget !== undefined && unbalancedFigure(context, tableBudget);
      context.report({
        range: rate.range,
        message: `${what}完成率应为 ${computation}，说明写的是 ${percent.text}%${unbalanced ? '（表中预算数本身与其合计或明细不平衡，请先核对表格）' : ''}。`,
        fixes: unbalanced ? [] : [{ title: `改为 ${fixText}%`, edits: [{ range: { start, end: { line: start.line, character: start.character + percent.text.length } }, newText: fixText }], preferred: true, safe: true }],
      });
    }
  },
};
