/** XTB005: 收入总表与收支总表不一致 (收入总表 合计 = 收支总表 收入总计). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const incomeVsSummary: Rule = {
  id: 'XTB005',
  title: '收入总表与收支总表不一致',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'XTB005');
  },
};
