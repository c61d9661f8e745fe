/**
 * TPE002: a “三公” figure in the prose (the total or an item) that disagrees with the 三公 table. A blank
 * table cell counts as 0. Rounding only → information. Quick-fix: the table's figure.
 */
import Decimal from 'decimal.js';
import { documentClaims } from '../../prose/documentClaims';
import { compareAmounts, formatLikeProse, showAmount } from '../../prose/compare';
import { describeTarget } from '../../prose/labels';
import { describeFigure } from '../../prose/tableFigures';
import type { Amount } from '../../numeric/amount';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

export const proseThreePublicMismatch: Rule = {
  id: 'TPE002',
  title: '说明中的“三公”经费与“三公”经费表不一致',
  category: 'three-public',
  defaultSeverity: 'error',
  check(context) {
    const { bound } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const { claim, figure, explicit } of bound) {
      if (explicit || claim.target?.kind !== 'three-public') continue;
      if (figure.table.kind !== 'three-public') continue;
      const tableAmount: Amount =
        figure.cell.amount ?? { value: new Decimal(0), decimals: 0, unit: figure.table.unit, text: '0（空白）', grouped: false };
      const agreement = compareAmounts(claim.figure.amount, tableAmount);
      if (agreement === 'consistent') continue;
      const where = describeFigure(figure);
      const what = describeTarget(claim.target);
      if (agreement === 'rounding') {
        context.report({
          range: claim.range,
          ...roundingSeverity(context.settings),
          message: `说明中的${what} ${showAmount(claim.figure.amount)} 与${where}的 ${showAmount(tableAmount)} 相差在取整范围内，可能为取整误差。`,
          related: [{ range: figure.cell.range, message: `“三公”经费表：${showAmount(tableAmount)}` }],
        });
        continue;
      }
      const replacement = formatLikeProse(claim.figure.amount, tableAmount);
      context.report({
        range: claim.range,
        message: `说明中的${what}为 ${showAmount(claim.figure.amount)}，但“三公”经费表${where}为 ${showAmount(tableAmount)}。`,
        related: [{ range: figure.cell.range, message: `“三公”经费表：${showAmount(tableAmount)}` }],
        fixes: [{ title: `改为表格数 ${replacement}`, edits: [{ range: claim.numberRange, newText: replacement }], preferred: true, safe: true }],
      });
    }
  },
};
