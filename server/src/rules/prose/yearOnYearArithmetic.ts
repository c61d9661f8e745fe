/** PRO003: 同比增减额或增减率计算有误（“三公”经费的同比说明见 TPE003）。 */
import { changesInScope, ratesInScope, reportArithmetic, reportRate } from '../../prose/changeReports';
import type { Rule } from '../types';

export const yearOnYearArithmetic: Rule = {
  id: 'PRO003',
  title: '同比增减额或增减率计算有误',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    for (const { change, evaluation } of changesInScope(context, 'other')) reportArithmetic(context, change, evaluation);
    for (const { rate, evaluation } of ratesInScope(context, 'other')) reportRate(context, rate, evaluation);
  },
};
