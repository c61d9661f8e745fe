/**
 * PRO002: the same fact stated twice with two values — the same year-on-year change of the same item
 * (seed 000: 支出增加 5811.56 万元, later 6034.96 万元). A 一般公共预算 / 财政拨款 statement counts as the total's
 * when its current amount equals the total's and neither states a different base.
 */
import { amountInterval, overlaps } from '../../numeric/interval';
import { unitFactor } from '../../numeric/units';
import type { ChangeClaim } from '../../prose/claims';
import { documentClaims } from '../../prose/documentClaims';
import { describeTarget, type ClaimTarget } from '../../prose/labels';
import type { Rule } from '../types';
import { memoiseByObject } from '../../memoise';
import type Decimal from 'decimal.js';

interface Statement {
  key: string;
  change: ChangeClaim;
  value: Decimal;
}

/** A target's key, by object (targetOfLead hands out one object per wording, so the same ones come back). */
const keyOf = memoiseByObject((target: ClaimTarget): string => JSON.stringify(target)) as (target: ClaimTarget) => string;

const INCOME_ALIASES = new Set(['general-budget-income', 'fiscal-income', 'current-income']);
const EXPENSE_ALIASES = new Set(['general-budget-expense']);

function yuan(change: ChangeClaim, which: 'current' | 'base'): Decimal | undefined {
  const claim = which === 'current' ? change.current : change.base;
  return claim ? claim.figure.amount.value.times(unitFactor(claim.figure.amount.unit)) : undefined;
}

export const duplicateFact: Rule = {
  id: 'PRO002',
  title: '同一事项前后表述数值不一致',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    const changes = paragraphs.flatMap((p) => p.changes).filter((c) => c.subject && c.subject.kind !== 'classification');
    // The totals' 本年 and 上年 in 元, computed once (every alias statement compares itself with each of them).
    const totals = changes
      .filter((c) => c.subject?.kind === 'summary' && (c.subject.key === 'income-total' || c.subject.key === 'expense-total'))
      .map((change) => ({ change, current: yuan(change, 'current'), base: yuan(change, 'base') }));
    const statements: Statement[] = changes.map((change) => {
      let key = keyOf(change.subject!);
      const subject = change.subject!;
      if (subject.kind === 'summary' && (INCOME_ALIASES.has(subject.key) || EXPENSE_ALIASES.has(subject.key))) {
        const family = INCOME_ALIASES.has(subject.key) ? 'income-total' : 'expense-total';
        const current = yuan(change, 'current');
        const base = yuan(change, 'base');
        const total = totals.find((t) => {
          if (t.change.subject?.kind !== 'summary' || t.change.subject.key !== family) return false;
          if (!current || !t.current || !current.eq(t.current)) return false;
          return !(base && t.base && !base.eq(t.base));
        })?.change;
        if (total) key = keyOf(total.subject!);
      }
      const amount = change.change.figure.amount;
      return { key, change, value: amount.value.times(unitFactor(amount.unit)).times(change.direction) };
    });
    const first = new Map<string, Statement>();
    for (const statement of statements) {
      const earlier = first.get(statement.key);
      if (!earlier) {
        first.set(statement.key, statement);
        continue;
      }
      if (earlier.value.eq(statement.value)) continue;
      const a = amountInterval(earlier.change.change.figure.amount);
      const b = amountInterval(statement.change.change.figure.amount);
      if (earlier.change.direction === statement.change.direction && overlaps(a, b)) continue;
      const was = earlier.change.change;
      const now = statement.change.change;
      const word = (c: ChangeClaim) => (c.direction === 1 ? '增加' : '减少');
      context.report({
        range: now.range,
        message: `${describeTarget(earlier.change.subject!)}的同比变化前后不一致：此处写${word(statement.change)} ${now.figure.amount.text} ${now.figure.amount.unit}，第 ${was.range.start.line + 1} 行写${word(earlier.change)} ${was.figure.amount.text} ${was.figure.amount.unit}。`,
        related: [{ range: was.range, message: `前文：${word(earlier.change)} ${was.figure.amount.text} ${was.figure.amount.unit}` }],
      });
    }
  },
};
