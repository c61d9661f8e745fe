/**
 * FIN013: 政府采购 awarded to 中小企业 (“由中小企业供应商中标或成交的，采购金额 C”, in the reserved projects and in
 * the others) cannot exceed the 政府采购金额 the prose states (“政府采购金额（以合同签订为准）为 T 万元”, same
 * section): C₁ + C₂ ≤ T by interval arithmetic (beyond rounding an error, within rounding information).
 */
import Decimal from 'decimal.js';
import { amountInterval, sum } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { unitFactor } from '../../numeric/units';
import type { AmountClaim } from '../../prose/claims';
import { documentClaims } from '../../prose/documentClaims';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

const SME_AWARD = /由中小企业供应商中标或成交的[，,]?[ \t\u3000]*采购金额(?:为)?[ \t\u3000]*$/;

function section(claim: AmountClaim): string {
  return claim.paragraph.headingPath.map((h) => h.text).join('/');
}

export const smallBusinessAwards: Rule = {
  id: 'FIN013',
  title: '授予中小企业的采购金额超过政府采购金额',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    // The stated 政府采购金额 figures, gathered only once a paragraph speaks of awards (most documents never do).
    let totals: AmountClaim[] | undefined;
    for (const paragraph of paragraphs) {
      const text = paragraph.paragraph.text;
      if (!text.includes('中小企业供应商')) continue; // SME_AWARD needs it
      const awards = paragraph.amounts.filter((a) => SME_AWARD.test(text.slice(Math.max(0, a.figure.start - 40), a.figure.start)));
      if (awards.length === 0) continue;
      totals ??= paragraphs.flatMap((p) => p.amounts).filter((a) => a.role === 'current' && a.target?.kind === 'summary' && a.target.key === 'procurement-total');
      const total = totals.find((t) => section(t) === section(awards[0]!));
      if (!total) continue;
      const value = awards.reduce((acc, a) => acc.plus(a.figure.amount.value.times(unitFactor(a.figure.amount.unit))), new Decimal(0));
      if (value.lte(total.figure.amount.value.times(unitFactor(total.figure.amount.unit)))) continue;
      const awarded = sum(awards.map((a) => amountInterval(a.figure.amount)));
      const stated = amountInterval(total.figure.amount);
      const unit = total.figure.amount.unit;
      const shown = `${awards.map((a) => a.figure.amount.text).join(' + ')} = ${formatNumber(value.div(unitFactor(unit)), Math.max(...awards.map((a) => a.figure.amount.decimals)), false)} ${unit}`;
      const rounding = awarded.low.lte(stated.high);
      context.report({
        range: awards[awards.length - 1]!.range,
        ...(rounding ? roundingSeverity(context.settings) : {}),
        message: rounding
          ? `由中小企业中标或成交的采购金额 ${shown}，略大于政府采购金额 ${total.figure.amount.text} ${unit}，相差在取整范围内，可能为取整误差。`
          : `由中小企业中标或成交的采购金额 ${shown}，超过了政府采购金额 ${total.figure.amount.text} ${unit}。`,
        related: [{ range: total.range, message: `政府采购金额 ${total.figure.amount.text} ${unit}` }],
      });
    }
  },
};
