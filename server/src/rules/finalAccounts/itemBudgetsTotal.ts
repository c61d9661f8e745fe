/**
 * FIN014: when the item narratives of 一般公共预算财政拨款支出决算具体情况 cover every 项 row of the
 * 一般公共预算财政拨款支出决算表 (the template: “依次说明到各项级科目”), their 年初预算 add up to the 年初预算 of the
 * total statement (“一般公共预算财政拨款支出年初预算为 X 万元”) — interval arithmetic: beyond rounding an error, within
 * rounding information.
 */
import Decimal from 'decimal.js';
import { amountInterval, judge, sum } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { unitFactor } from '../../numeric/units';
import { documentClaims } from '../../prose/documentClaims';
import { rowOfPath } from '../../prose/executionStatements';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { BodyRow } from '../../model/types';
import type { Rule } from '../types';

export const itemBudgetsTotal: Rule = {
  id: 'FIN014',
  title: '各项年初预算之和与总数不符',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { statements } = context.shared('prose.claims', () => documentClaims(context.document));
    const table = context.document.tables.find((t) => t.kind === 'general-budget-expenditure' && t.body.length > 0);
    if (!table) return;
    const leaves = table.body.filter((row) => row.code !== undefined && row.code.length === 7);
    const total = statements.find((s) => s.subject?.kind === 'summary' && s.subject.key === 'general-budget-expense' && s.budget && s.basis === '年初');
    if (!total?.budget || leaves.length === 0) return;
    const section = (s: typeof total): string => s.paragraph.headingPath.map((h) => h.text).join('/');
    const items = statements.filter((s) => s.subject?.kind === 'item' && s.budget && section(s) === section(total));
    const covered = new Set<BodyRow>();
    for (const item of items) {
      const row = item.subject?.kind === 'item' ? rowOfPath(table, item.subject.names) : undefined;
      if (row) covered.add(row);
    }
    if (covered.size !== items.length || !leaves.every((row) => covered.has(row))) return;
    const amounts = items.map((s) => s.budget!.figure.amount);
    const stated = total.budget.figure.amount;
    const computed = amounts.reduce((acc, a) => acc.plus(a.value.times(unitFactor(a.unit))), new Decimal(0));
    const agreement = judge(amountInterval(stated), sum(amounts.map(amountInterval)), stated.value.times(unitFactor(stated.unit)), computed);
    if (agreement === 'consistent') return;
    {
      const shown = `${formatNumber(computed.div(unitFactor(stated.unit)), Math.max(stated.decimals, ...amounts.map((a) => a.decimals)), stated.grouped)} ${stated.unit}`;
      context.report({
        range: total.budget.range,
        ...(agreement === 'rounding' ? roundingSeverity(context.settings) : {}),
        message:
          agreement === 'rounding'
            ? `年初预算 ${stated.text} ${stated.unit} 与其下 ${items.length} 个项级科目的年初预算之和 ${shown} 相差在取整范围内，可能为取整误差。`
            : `年初预算为 ${stated.text} ${stated.unit}，而其下 ${items.length} 个项级科目（覆盖支出决算表全部项级科目）的年初预算之和为 ${shown}。`,
        related: items.map((s) => ({ range: s.budget!.range, message: `${s.budget!.figure.amount.text} ${s.budget!.figure.amount.unit}` })),
      });
    }
  },
};
