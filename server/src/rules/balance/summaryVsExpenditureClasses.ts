/** XTB001: 收支总表与支出总表分类支出不一致 (收支总表 各类支出 = 支出总表 类行). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const summaryVsExpenditureClasses: Rule = {
  id: 'XTB001',
  title: '收支总表与支出总表分类支出不一致',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'XTB001');
  },
};
