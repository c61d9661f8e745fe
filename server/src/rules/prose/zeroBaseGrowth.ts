/** PRO004: 从零起增长却写增长率（“三公”经费的同比说明见 TPE003）。 */
import { changesInScope, ratesInScope, reportZeroBase, reportRateZeroBase } from '../../prose/changeReports';
import type { Rule } from '../types';

export const zeroBaseGrowth: Rule = {
  id: 'PRO004',
  title: '从零起增长却写增长率',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    for (const { change, evaluation } of changesInScope(context, 'other')) reportZeroBase(context, change, evaluation);
    for (const { rate, evaluation } of ratesInScope(context, 'other')) reportRateZeroBase(context, rate, evaluation);
  },
};
