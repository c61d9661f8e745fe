/** PRO005: 增减方向与数据不符（“三公”经费的同比说明见 TPE003）。 */
import { changesInScope, reportDirection } from '../../prose/changeReports';
import type { Rule } from '../types';

export const changeDirection: Rule = {
  id: 'PRO005',
  title: '增减方向与数据不符',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    for (const { change, evaluation } of changesInScope(context, 'other')) reportDirection(context, change, evaluation);
  },
};
