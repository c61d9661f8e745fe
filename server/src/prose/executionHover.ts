/**
 * Hover on a 决算's execution statements: a completion rate shows 决算数 ÷ 预算数 recomputed; a 决算 figure
 * shows the table figure it restates (the 项 row of an item narrative, the 三公 决算数).
 */
import type { HoverContributor } from '../features/contributors';
import { rangeContainsPosition } from '../features/ranges';
import { formatNumber } from '../numeric/numberText';
import { documentClaims } from './documentClaims';
import { basesDiffer, completionPercent, statementBudget, statementFigure } from './executionStatements';
import { describeFigure } from './tableFigures';

export const executionHover: HoverContributor = (document, position) => {
  for (const statement of documentClaims(document).statements) {
    const { rate, actual } = statement;
    if (rate && actual && rangeContainsPosition(rate.range, position)) {
      const budget = statementBudget(document, statement);
      if (!budget) return undefined;
      const where = budget.figure ? `（${describeFigure(budget.figure)}）` : '';
      if (basesDiffer(statement)) {
        return { range: rate.range, markdown: `**完成率**：说明写“完成${statement.rateBasis}预算”，所列预算数为${statement.basis}预算 ${budget.amount.text} ${budget.amount.unit}，口径不同，未复算` };
      }
      const value = completionPercent(actual.figure.amount, budget.amount);
      const computation = value
        ? `= ${formatNumber(value, 4, false)}%`
        : '：预算数为 0，完成率无从计算';
      return {
        range: rate.range,
        markdown: `**完成率复算**：决算数 ${actual.figure.amount.text} ${actual.figure.amount.unit} ÷ 预算数 ${budget.amount.text} ${budget.amount.unit}${where} ${computation}（说明写 ${rate.percent.text}%）`,
      };
    }
    if (actual && rangeContainsPosition(actual.range, position)) {
      const figure = statementFigure(document, statement, 'actual');
      if (!figure) return undefined;
      const shown = figure.cell.amount ? `${figure.cell.text} ${figure.cell.amount.unit}` : '（空白，即 0）';
      return { range: actual.range, markdown: `**决算表数**：${shown}\n\n出处：${describeFigure(figure)}（第 ${figure.cell.range.start.line + 1} 行）` };
    }
  }
  return undefined;
};
