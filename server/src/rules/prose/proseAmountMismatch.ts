/**
 * PRO001: a prose amount that restates a table figure (by its wording or by an explicit `{=表/行/列}`
 * binding) and disagrees with it. Off only by rounding → information; fewer decimals than the table, rounded
 * correctly → nothing. Quick-fix: the table's figure, written as the prose writes it.
 */
import { documentClaims } from '../../prose/documentClaims';
import { compareAmounts, formatLikeProse, showAmount } from '../../prose/compare';
import { describeTarget } from '../../prose/labels';
import { describeFigure } from '../../prose/tableFigures';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

export const proseAmountMismatch: Rule = {
  id: 'PRO001',
  title: '说明文字中的金额与表格不一致',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { bound } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const { claim, figure, explicit } of bound) {
      if (!explicit && claim.target?.kind === 'three-public') continue; // TPE002
      const tableAmount = figure.cell.amount;
      if (!tableAmount) continue;
      const agreement = compareAmounts(claim.figure.amount, tableAmount);
      if (agreement === 'consistent') continue;
      const what = explicit ? `绑定的单元格` : describeTarget(claim.target!);
      const where = describeFigure(figure);
      const replacement = formatLikeProse(claim.figure.amount, tableAmount);
      if (agreement === 'rounding') {
        context.report({
          range: claim.range,
          ...roundingSeverity(context.settings),
          message: `说明中的${what} ${showAmount(claim.figure.amount)} 与${where}的 ${showAmount(tableAmount)} 相差在取整范围内，可能为取整误差。`,
          related: [{ range: figure.cell.range, message: `表格数：${showAmount(tableAmount)}` }],
        });
        continue;
      }
      context.report({
        range: claim.range,
        message: `说明中的${what}为 ${showAmount(claim.figure.amount)}，但${where}为 ${showAmount(tableAmount)}，两者不一致。`,
        related: [{ range: figure.cell.range, message: `表格数：${showAmount(tableAmount)}` }],
        fixes: [
          {
            title: `改为表格数 ${replacement}`,
            edits: [{ range: claim.numberRange, newText: replacement }],
            preferred: true,
            safe: true,
          },
        ],
      });
    }
  },
};
