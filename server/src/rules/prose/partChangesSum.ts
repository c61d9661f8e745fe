/**
 * PRO016: the year-on-year changes of the parts listed under a total must add up to the total's change.
 * Read where the prose lists parts after “…支出 9147360 元，其中：” (one part per paragraph, each with its
 * 较上年增加/减少), the parts' amounts cover the total (they add up to it), and the document states the total's
 * own change elsewhere (a change of the same figure: “一般公共预算拨款支出 9147360 元，较上年减少 1099680 元”).
 * A warning: the parts' changes may be against another base (上年预算 vs 上年执行) than the total's.
 */
import Decimal from 'decimal.js';
import { amountInterval, overlaps, sum, type Interval } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { convert, unitFactor } from '../../numeric/units';
import type { AmountClaim, ChangeClaim, ParagraphClaims } from '../../prose/claims';
import { listWhole } from '../../prose/claims';
import { documentClaims } from '../../prose/documentClaims';
import type { Rule } from '../types';

/** A change as a signed interval in 元. */
function signedInterval(change: ChangeClaim): { value: Decimal; interval: Interval } {
  const amount = change.change.figure.amount;
  const interval = amountInterval(amount);
  const value = amount.value.times(unitFactor(amount.unit));
  return change.direction === 1 ? { value, interval } : { value: value.negated(), interval: { low: interval.high.negated(), high: interval.low.negated() } };
}

const sameFigure = (a: AmountClaim, b: AmountClaim): boolean =>
  a.figure.amount.value.times(unitFactor(a.figure.amount.unit)).eq(b.figure.amount.value.times(unitFactor(b.figure.amount.unit)));

/** The listed parts of a total: per paragraph, its first 本年 figure and the change stated of it. */
function listedParts(paragraphs: ParagraphClaims[], from: number): Array<{ part: AmountClaim; change: ChangeClaim }> | undefined {
  const parts: Array<{ part: AmountClaim; change: ChangeClaim }> = [];
  for (let j = from; j < paragraphs.length; j++) {
    const item = paragraphs[j]!;
    const part = item.amounts.find((a) => a.role === 'current');
    if (!part || !item.paragraph.marker && !/[（(]\d{3,7}[）)]/.test(item.paragraph.text)) break;
    const change = item.changes.find((c) => c.current === part);
    if (!change) return undefined; // a part without its change: nothing to add up
    parts.push({ part, change });
  }
  return parts.length >= 2 ? parts : undefined;
}

export const partChangesSum: Rule = {
  id: 'PRO016',
  title: '各项增减额之和与总额的增减额不符',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    const changes = paragraphs.flatMap((p) => p.changes);
    paragraphs.forEach((paragraph, i) => {
      const whole = listWhole(paragraph);
      if (!whole?.target) return;
      const parts = listedParts(paragraphs, i + 1);
      if (!parts) return;
      if (!overlaps(sum(parts.map((p) => amountInterval(p.part.figure.amount))), amountInterval(whole.figure.amount))) return;
      const total = changes.find((c) => c.current && c.current !== whole && sameFigure(c.current, whole) && JSON.stringify(c.subject) === JSON.stringify(whole.target));
      if (!total) return;
      const stated = signedInterval(total);
      const listed = parts.map((p) => signedInterval(p.change));
      if (overlaps(sum(listed.map((l) => l.interval)), stated.interval)) return;
      const unit = total.change.figure.amount.unit;
      const show = (value: Decimal): string => `${value.isNegative() ? '减少' : '增加'} ${formatNumber(convert(value.abs(), '元', unit), total.change.figure.amount.decimals, false)} ${unit}`;
      const listedTotal = listed.reduce((acc, l) => acc.plus(l.value), new Decimal(0));
      const first = parts[0]!.change.change;
      context.report({
        range: { start: first.range.start, end: parts[parts.length - 1]!.change.change.range.end },
        message:
          `下列 ${parts.length} 项的金额合计等于第 ${whole.range.start.line + 1} 行的 ${whole.figure.amount.text} ${whole.figure.amount.unit}，` +
          `其较上年增减额合计为${show(listedTotal)}，而第 ${total.change.range.start.line + 1} 行说总额较上年${show(stated.value)}，两者不符。`,
        related: [{ range: total.change.range, message: `总额的增减额：${total.change.figure.amount.text} ${unit}` }],
      });
    });
  },
};
