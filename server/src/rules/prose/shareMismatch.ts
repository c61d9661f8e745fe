/**
 * PRO007: a share “占 Y%” that is not part ÷ whole (interval arithmetic: a percentage within rounding of the
 * recomputed value is fine, or an information note when the displayed values differ). Quick-fix: the
 * recomputed percentage with the stated number of decimals.
 */
import Decimal from 'decimal.js';
import { amountInterval, displayedInterval, divide, holdsZero, judgeLazily } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { unitFactor } from '../../numeric/units';
import { documentClaims } from '../../prose/documentClaims';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule, RuleContext } from '../types';
import type { Amount } from '../../numeric/amount';
import type { PercentClaim } from '../../prose/claims';
import { namedShares } from '../../prose/namedShares';
import { describeFigure } from '../../prose/tableFigures';

interface ShareToCheck {
  part: Amount;
  whole: Amount;
  /** How the message names the whole: `28849.38 万元`, or `“三公”经费（附表7 合计 584.35 万元）`. */
  wholeText: string;
  percent: PercentClaim;
}

export const shareMismatch: Rule = {
  id: 'PRO007',
  title: '占比计算有误',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    const shares: ShareToCheck[] = [];
    for (const paragraph of paragraphs) {
      for (const share of paragraph.shares) {
        const whole = share.whole.figure.amount;
        shares.push({ part: share.part.figure.amount, whole, wholeText: `${whole.text} ${whole.unit}`, percent: share.percent });
      }
      for (const share of namedShares(context.document, paragraph)) {
        const whole = share.whole.cell.amount!;
        shares.push({ part: share.part.figure.amount, whole, wholeText: `${share.wholeName}（${describeFigure(share.whole)} ${whole.text} ${whole.unit}）`, percent: share.percent });
      }
    }
    for (const share of shares) checkShare(context, share);
  },
};

const PERCENT = new Decimal(0.01);

function checkShare(context: RuleContext, { part, whole, wholeText, percent: claim }: ShareToCheck): void {
  const wholeInterval = amountInterval(whole);
  // A whole whose interval holds zero bounds no ratio (divide gives none): nothing to check.
  if (holdsZero(wholeInterval)) return;
  const percent = claim.percent;
  const expected = part.value.times(unitFactor(part.unit)).div(whole.value.times(unitFactor(whole.unit))).times(100);
  const rounded = expected.toDecimalPlaces(percent.decimals, Decimal.ROUND_HALF_UP);
  const agreement = judgeLazily(percent.value, rounded, () => [
    displayedInterval(percent.value, percent.decimals, PERCENT),
    divide(amountInterval(part), wholeInterval)!,
  ]);
  if (agreement === 'consistent') return;
  const shown = formatNumber(expected, Math.max(percent.decimals, 2), false);
  const fixText = formatNumber(expected, percent.decimals, false);
  if (agreement === 'rounding') {
    context.report({
      range: claim.range,
      ...roundingSeverity(context.settings),
      message: `占比 ${percent.text}% 与 ${part.text} ${part.unit} ÷ ${wholeText} = ${shown}% 相差在取整范围内，可能为取整误差。`,
    });
    return;
  }
  const start = claim.range.start;
  context.report({
    range: claim.range,
    message: `占比应为 ${part.text} ${part.unit} ÷ ${wholeText} = ${shown}%，说明写的是 ${percent.text}%。`,
    fixes: [
      {
        title: `改为 ${fixText}%`,
        edits: [{ range: { start, end: { line: start.line, character: start.character + percent.text.length } }, newText: fixText }],
        preferred: true,
        // The part, the whole or the percentage may be the wrong one (shares forced to total 100 %).
        safe: false,
      },
    ],
  });
}
