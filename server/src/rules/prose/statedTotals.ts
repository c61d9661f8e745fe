/**
 * PRO013: totals the prose states together with their parts in one paragraph: 政府采购预算总额 = 货物 + 工程 +
 * 服务; 资产总额 = 流动资产 + 固定资产净值 (domain.md §3). Within rounding → information.
 */
import Decimal from 'decimal.js';
import { amountInterval, judge, sum } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { unitFactor } from '../../numeric/units';
import type { AmountClaim } from '../../prose/claims';
import { documentClaims } from '../../prose/documentClaims';
import { SUMMARY_NAMES, type SummaryKey } from '../../prose/labels';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

const IDENTITIES: Array<{ total: SummaryKey; parts: SummaryKey[] }> = [
  { total: 'procurement-total', parts: ['procurement-goods', 'procurement-works', 'procurement-services'] },
  { total: 'assets-total', parts: ['current-assets', 'fixed-assets-net'] },
];

function keyOf(claim: AmountClaim): SummaryKey | undefined {
  return claim.role === 'current' && claim.target?.kind === 'summary' ? claim.target.key : undefined;
}

export const statedTotals: Rule = {
  id: 'PRO013',
  title: '说明中的总额与所列分项之和不符',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const paragraph of paragraphs) {
      for (const identity of IDENTITIES) {
        const total = paragraph.amounts.find((a) => keyOf(a) === identity.total);
        if (!total) continue;
        const parts = identity.parts.map((key) => paragraph.amounts.find((a) => keyOf(a) === key));
        if (parts.some((p) => p === undefined)) continue;
        const present = parts as AmountClaim[];
        const unit = total.figure.amount.unit;
        const computed = sum(present.map((p) => amountInterval(p.figure.amount)));
        const computedValue = present.reduce((acc, p) => acc.plus(p.figure.amount.value.times(unitFactor(p.figure.amount.unit))), new Decimal(0));
        const statedValue = total.figure.amount.value.times(unitFactor(unit));
        const agreement = judge(amountInterval(total.figure.amount), computed, statedValue, computedValue);
        if (agreement === 'consistent') continue;
        const decimals = Math.max(...present.map((p) => p.figure.amount.decimals), total.figure.amount.decimals);
        const expected = formatNumber(computedValue.div(unitFactor(unit)), decimals, total.figure.amount.grouped);
        const terms = present.map((p) => `${SUMMARY_NAMES[keyOf(p)!]} ${p.figure.amount.text}`).join(' + ');
        context.report({
          range: total.range,
          ...(agreement === 'rounding' ? roundingSeverity(context.settings) : {}),
          message:
            agreement === 'rounding'
              ? `${SUMMARY_NAMES[identity.total]} ${total.figure.amount.text} ${unit} 与 ${terms} = ${expected} ${unit} 相差在取整范围内，可能为取整误差。`
              : `${SUMMARY_NAMES[identity.total]}应为 ${terms} = ${expected} ${unit}，说明写的是 ${total.figure.amount.text} ${unit}。`,
        });
      }
    }
  },
};
