/**
 * PRO007: a share “占 Y%” that is not part ÷ whole (interval arithmetic: a percentage within rounding of the
 * recomputed value is fine, or an information note when the displayed values differ). Quick-fix: the
 * recomputed percentage with the stated number of decimals.
 */
import Decimal from 'decimal.js';
import { amountInterval, displayedInterval, divide, judge } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { unitFactor } from '../../numeric/units';
import { documentClaims } from '../../prose/documentClaims';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

export const shareMismatch: Rule = {
  id: 'PRO007',
  title: '占比计算有误',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const share of paragraphs.flatMap((p) => p.shares)) {
      const part = share.part.figure.amount;
      const whole = share.whole.figure.amount;
      const ratio = divide(amountInterval(part), amountInterval(whole));
      if (!ratio) continue;
      const percent = share.percent.percent;
      const expected = part.value.times(unitFactor(part.unit)).div(whole.value.times(unitFactor(whole.unit))).times(100);
      const rounded = expected.toDecimalPlaces(percent.decimals, Decimal.ROUND_HALF_UP);
      const agreement = judge(displayedInterval(percent.value, percent.decimals, new Decimal(0.01)), ratio, percent.value, rounded);
      if (agreement === 'consistent') continue;
      const shown = formatNumber(expected, Math.max(percent.decimals, 2), false);
      const fixText = formatNumber(expected, percent.decimals, false);
      if (agreement === 'rounding') {
        context.report({
          range: share.percent.range,
          ...roundingSeverity(context.settings),
          message: `占比 ${percent.text}% 与 ${part.text} ${part.unit} ÷ ${whole.text} ${whole.unit} = ${shown}% 相差在取整范围内，可能为取整误差。`,
        });
        continue;
      }
      const start = share.percent.range.start;
      context.report({
        range: share.percent.range,
        message: `占比应为 ${part.text} ${part.unit} ÷ ${whole.text} ${whole.unit} = ${shown}%，说明写的是 ${percent.text}%。`,
        fixes: [
          {
            title: `改为 ${fixText}%`,
            edits: [{ range: { start, end: { line: start.line, character: start.character + percent.text.length } }, newText: fixText }],
            preferred: true,
            safe: true,
          },
        ],
      });
    }
  },
};
