/**
 * LYR003: a 上年 cell of a table (上年 / 上年预算数 / 2022年 columns, the 上年 group of a “三公” table) that
 * differs from the figure last year's document states for the same row and column. Error only for a
 * certain binding (row matched by code or by a unique label) beyond rounding; a name-only match is a
 * warning, a difference within rounding information, an unfilled 上年 cell a warning. Quick-fix: last
 * year's figure (determined for certain bindings).
 */
import { comparableLastYear } from '../../lastYear/comparability';
import { cellAmount, compareStated } from '../../lastYear/compareFigures';
import { describeCell, describeLastYearFigure, lastYearRelated } from '../../lastYear/describe';
import { cellFixText } from '../../lastYear/fixText';
import { tableCellBindings } from '../../lastYear/tableBindings';
import { showAmount } from '../../prose/compare';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

export const lastYearTableFigure: Rule = {
  id: 'LYR003',
  title: '表中上年数与上年公开文档不一致',
  category: 'last-year',
  defaultSeverity: 'error',
  check(context) {
    const link = comparableLastYear(context.document, context.lastYear);
    if (!link) return;
    for (const binding of tableCellBindings(context.document, link.document)) {
      const { mine, last } = binding;
      const lastAmount = cellAmount(last.cell, last.table);
      const agreement = compareStated(mine.cell.amount, lastAmount);
      if (agreement === 'consistent') continue;
      const here = `本文档${describeCell(mine)}`;
      const there = `${describeLastYearFigure(link, last)}（${binding.matchedBy}）`;
      const related = [lastYearRelated(link, last, lastAmount)];
      const byName = binding.certainty === 'name';
      const fixText = cellFixText(mine.cell, mine.table, mine.column, lastAmount);
      const fix = {
        title: `改为上年文档所列 ${fixText}`,
        edits: [{ range: mine.cell.range, newText: mine.cell.kind === 'blank' ? ` ${fixText}` : fixText }],
        preferred: true,
        safe: !byName && agreement === 'error',
      };
      if (agreement === 'rounding') {
        context.report({
          range: mine.cell.range,
          ...roundingSeverity(context.settings),
          message: `${here}的上年数 ${showAmount(mine.cell.amount!)} 与${there}的 ${showAmount(lastAmount)} 相差在取整范围内，可能为取整误差。`,
          related,
        });
        continue;
      }
      if (agreement === 'unfilled') {
        context.report({
          range: mine.cell.range,
          severity: 'warning',
          message: `${here}的上年数未填写，${there}为 ${showAmount(lastAmount)}。`,
          related,
          fixes: [{ ...fix, safe: false }],
        });
        continue;
      }
      context.report({
        range: mine.cell.range,
        ...(byName ? { severity: 'warning' as const } : {}),
        message: `${here}的上年数为 ${showAmount(mine.cell.amount!)}，但${there}为 ${showAmount(lastAmount)}，两者不一致${byName ? '（仅按名称对应，请确认是同一项）' : ''}。`,
        related,
        fixes: [fix],
      });
    }
  },
};
