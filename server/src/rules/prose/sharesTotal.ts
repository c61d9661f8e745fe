/**
 * PRO008: shares of one whole whose parts add up to the whole (so they cover it) must total 100%, within the
 * rounding of the stated percentages.
 */
import Decimal from 'decimal.js';
import { amountInterval, displayedInterval, overlaps, sum } from '../../numeric/interval';
import { documentClaims } from '../../prose/documentClaims';
import type { Rule } from '../types';

export const sharesTotal: Rule = {
  id: 'PRO008',
  title: '各项占比合计不为 100%',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const paragraph of paragraphs) {
      if (paragraph.shares.length < 2) continue;
      const whole = paragraph.shares[0]!.whole;
      const shares = paragraph.shares.filter((s) => s.whole === whole);
      const parts = sum(shares.map((s) => amountInterval(s.part.figure.amount)));
      if (!overlaps(parts, amountInterval(whole.figure.amount))) continue; // the parts do not cover the whole
      const stated = sum(shares.map((s) => displayedInterval(s.percent.percent.value, s.percent.percent.decimals)));
      const hundred = { low: new Decimal(100), high: new Decimal(100) };
      if (overlaps(stated, hundred)) continue;
      const total = shares.reduce((acc, s) => acc.plus(s.percent.percent.value), new Decimal(0));
      context.report({
        range: { start: shares[0]!.percent.range.start, end: shares[shares.length - 1]!.percent.range.end },
        message: `各项占比 ${shares.map((s) => `${s.percent.percent.text}%`).join(' + ')} = ${total.toString()}%，而各项金额合计等于总额 ${whole.figure.amount.text} ${whole.figure.amount.unit}，占比合计应为 100%。`,
      });
    }
  },
};
