/**
 * LYR004: a figure the prose gives for last year (“上年收入总计 2321.3 万元”, “比去年预算 2097.9 万元增加 …”,
 * “比上年 0.52万元增加 6.03万元”) that differs from the figure last year's document states for the same item.
 * Items named only by a classification name (no code) or a project name bind by name: a warning at most.
 * Quick-fix: last year's figure, written as the prose writes it.
 */
import { comparableLastYear } from '../../lastYear/comparability';
import { cellAmount, compareStated } from '../../lastYear/compareFigures';
import { describeLastYearFigure, lastYearRelated } from '../../lastYear/describe';
import { proseBindings } from '../../lastYear/proseBindings';
import { formatLikeProse, showAmount } from '../../prose/compare';
import { describeTarget } from '../../prose/labels';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

export const lastYearStatedProseFigure: Rule = {
  id: 'LYR004',
  title: '说明中的上年数与上年公开文档不一致',
  category: 'last-year',
  defaultSeverity: 'error',
  check(context) {
    const link = comparableLastYear(context.document, context.lastYear);
    if (!link) return;
    for (const binding of proseBindings(context.document, link.document)) {
      if (binding.kind !== 'stated') continue;
      const stated = binding.claim.figure.amount;
      const lastAmount = cellAmount(binding.last.cell, binding.last.table);
      const agreement = compareStated(stated, lastAmount);
      if (agreement === 'consistent') continue;
      const what = describeTarget(binding.target);
      const there = describeLastYearFigure(link, binding.last);
      const related = [lastYearRelated(link, binding.last, lastAmount)];
      if (agreement === 'rounding') {
        context.report({
          range: binding.claim.range,
          ...roundingSeverity(context.settings),
          message: `说明中上年${what} ${showAmount(stated)} 与${there}的 ${showAmount(lastAmount)} 相差在取整范围内，可能为取整误差。`,
          related,
        });
        continue;
      }
      const byName = binding.certainty === 'name';
      const replacement = formatLikeProse(stated, lastAmount);
      context.report({
        range: binding.claim.range,
        ...(byName ? { severity: 'warning' as const } : {}),
        message: `说明中上年${what}为 ${showAmount(stated)}，但${there}为 ${showAmount(lastAmount)}，两者不一致${byName ? '（仅按名称对应，请确认是同一项）' : ''}。`,
        related,
        fixes: [{ title: `改为上年文档所列 ${replacement}`, edits: [{ range: binding.claim.numberRange, newText: replacement }], preferred: true, safe: !byName }],
      });
    }
  },
};
