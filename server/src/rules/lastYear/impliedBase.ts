/**
 * LYR005: “比上年增加 A” implies last year was 本年 − A (interval arithmetic); that base must be the figure
 * last year's document states for the same item. 本年 is the figure of the same sentence, else this year's
 * table figure for the item. Template residue (“增（减）”) states no direction and is left to PRO-rules.
 * The quick-fix rewrites A as 本年 − last year's figure; it is offered, never applied unattended (the
 * disagreement may as well be in 本年).
 */
import { comparableLastYear } from '../../lastYear/comparability';
import { cellAmount, compareImplied, impliedBase } from '../../lastYear/compareFigures';
import { describeLastYearFigure, lastYearRelated } from '../../lastYear/describe';
import { proseBindings } from '../../lastYear/proseBindings';
import type { Amount } from '../../numeric/amount';
import { formatNumber } from '../../numeric/numberText';
import { convert, unitFactor } from '../../numeric/units';
import { formatLikeProse, showAmount } from '../../prose/compare';
import { describeTarget } from '../../prose/labels';
import { describeFigure } from '../../prose/tableFigures';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

export const lastYearImpliedBase: Rule = {
  id: 'LYR005',
  title: '说明中的增减额与上年公开文档不符',
  category: 'last-year',
  defaultSeverity: 'error',
  check(context) {
    const link = comparableLastYear(context.document, context.lastYear);
    if (!link) return;
    for (const binding of proseBindings(context.document, link.document)) {
      if (binding.kind !== 'implied') continue;
      const change = binding.change.change.figure.amount;
      const direction = binding.change.direction;
      const base = impliedBase(binding.current, change, direction);
      const lastAmount = cellAmount(binding.last.cell, binding.last.table);
      const agreement = compareImplied(base, lastAmount);
      if (agreement === 'consistent') continue;
      const what = describeTarget(binding.target);
      const verb = direction === 1 ? '增加' : '减少';
      const currentFrom = binding.currentFrom === 'prose' ? '说明所述本年' : `本年（${describeFigure(binding.currentFrom)}）`;
      const baseText = `${formatNumber(convert(base.value, '元', change.unit), Math.max(change.decimals, binding.current.decimals), false)} ${change.unit}`;
      const implied = `说明称${what}比上年${verb} ${showAmount(change)}，即上年为${currentFrom} ${showAmount(binding.current)} ${direction === 1 ? '−' : '+'} ${showAmount(change)} = ${baseText}`;
      const there = describeLastYearFigure(link, binding.last);
      const related = [lastYearRelated(link, binding.last, lastAmount)];
      if (agreement === 'rounding') {
        context.report({
          range: binding.change.change.range,
          ...roundingSeverity(context.settings),
          message: `${implied}，与${there}的 ${showAmount(lastAmount)} 相差在取整范围内，可能为取整误差。`,
          related,
        });
        continue;
      }
      const byName = binding.certainty === 'name';
      const expected = binding.current.value.times(unitFactor(binding.current.unit)).minus(lastAmount.value.times(unitFactor(lastAmount.unit)));
      const sameDirection = !expected.isZero() && expected.isNegative() === (direction === -1);
      // 本年 − last year's figure (in 元), written as the prose writes A.
      const expectedAmount: Amount = { value: expected.abs(), decimals: 0, unit: '元', text: '', grouped: false };
      const replacement = formatLikeProse(change, expectedAmount);
      context.report({
        range: binding.change.change.range,
        ...(byName ? { severity: 'warning' as const } : {}),
        message: `${implied}，但${there}为 ${showAmount(lastAmount)}，两者不一致${byName ? '（仅按名称对应，请确认是同一项）' : ''}。`,
        related,
        ...(sameDirection
          ? { fixes: [{ title: `按上年文档改为${verb} ${replacement}`, edits: [{ range: binding.change.change.numberRange, newText: replacement }], safe: false }] }
          : {}),
      });
    }
  },
};
