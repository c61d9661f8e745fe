/**
 * FIN008: the wording that compares 决算数 with 预算数 (“决算数小于预算数的主要原因”, “决算数大于预算数”,
 * “决算数与预算数持平”) contradicts the two figures the statement gives. “基本持平” is not checked; a
 * difference within rounding never contradicts.
 */
import { amountInterval, overlaps } from '../../numeric/interval';
import { documentClaims } from '../../prose/documentClaims';
import type { Rule } from '../types';
import { describeSubject } from './accountsFigureMismatch';

export const comparisonWording: Rule = {
  id: 'FIN008',
  title: '决算数与预算数的比较说法与数字不符',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const statements = context.shared('prose.claims', () => documentClaims(context.document)).statements;
    for (const statement of statements) {
      const { comparison, budget, actual } = statement;
      if (!comparison || !budget || !actual || comparison.loose) continue;
      const a = amountInterval(actual.figure.amount);
      const b = amountInterval(budget.figure.amount);
      if (overlaps(a, b)) {
        if (comparison.word === '持平') continue;
        continue; // equal within rounding: neither larger nor smaller is provably wrong
      }
      const larger = a.low.gt(b.high);
      const truth = larger ? '大于' : '小于';
      if (comparison.word === truth) continue;
      const what = describeSubject(statement.subject);
      context.report({
        range: comparison.range,
        message: `说明写“${comparison.text}”，但${what}决算数 ${actual.figure.amount.text} ${actual.figure.amount.unit}${truth}预算数 ${budget.figure.amount.text} ${budget.figure.amount.unit}。`,
      });
    }
  },
};
