/**
 * FIN009: a share whose whole is named rather than stated (“一般公共预算财政拨款支出 1,000.00 万元，占本年支出合计的
 * 94.34%”): part = the amount right before, whole = the table figure the name restates (本年支出合计, 本年收入合计,
 * 收入支出总计 …). Interval arithmetic as PRO007; quick-fix: the recomputed percentage.
 */
import Decimal from 'decimal.js';
import { amountInterval, displayedInterval, divide, judge } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { unitFactor } from '../../numeric/units';
import { documentClaims } from '../../prose/documentClaims';
import { describeTarget, targetOfLead } from '../../prose/labels';
import { roundingSeverity } from '../../prose/roundingSeverity';
import { describeFigure, figureForTarget } from '../../prose/tableFigures';
import type { Rule } from '../types';

const NAMED_WHOLE = /占(?:了)?([\u4e00-\u9fa5“”"]{2,20}?)的?(?:比重|比例)?(?:为)?[ \t\u3000]*$/;

export const namedWholeShare: Rule = {
  id: 'FIN009',
  title: '占某合计的比重计算有误',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const paragraph of paragraphs) {
      for (const percent of paragraph.percents) {
        const match = NAMED_WHOLE.exec(percent.lead);
        if (!match) continue;
        const target = targetOfLead(match[1]!);
        if (!target || target.kind !== 'summary' || !/total|current-/.test(target.key)) continue;
        const whole = figureForTarget(context.document, target);
        const part = [...paragraph.amounts].reverse().find((a) => a.figure.end <= percent.percent.start && a.role === 'current' && a.sentence === percent.sentence);
        if (!whole?.cell.amount || !part) continue;
        const wholeAmount = whole.cell.amount;
        const ratio = divide(amountInterval(part.figure.amount), amountInterval(wholeAmount));
        if (!ratio) continue;
        const stated = percent.percent;
        const expected = part.figure.amount.value.times(unitFactor(part.figure.amount.unit)).div(wholeAmount.value.times(unitFactor(wholeAmount.unit))).times(100);
        const rounded = expected.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP);
        const agreement = judge(displayedInterval(stated.value, stated.decimals, new Decimal(0.01)), ratio, stated.value, rounded);
        if (agreement === 'consistent') continue;
        const shown = formatNumber(expected, Math.max(stated.decimals, 2), false);
        const computation = `${part.figure.amount.text} ${part.figure.amount.unit} ÷ ${describeTarget(target)} ${wholeAmount.text} ${wholeAmount.unit}（${describeFigure(whole)}） = ${shown}%`;
        if (agreement === 'rounding') {
          context.report({ range: percent.range, ...roundingSeverity(context.settings), message: `占比 ${stated.text}% 与 ${computation} 相差在取整范围内，可能为取整误差。` });
          continue;
        }
        const fixText = formatNumber(expected, stated.decimals, false);
        const start = percent.range.start;
        context.report({
          range: percent.range,
          message: `占比应为 ${computation}，说明写的是 ${stated.text}%。`,
          fixes: [{ title: `改为 ${fixText}%`, edits: [{ range: { start, end: { line: start.line, character: start.character + stated.text.length } }, newText: fixText }], preferred: true, safe: true }],
        });
      }
    }
  },
};
