/** BAL004: 收支总表不平衡 (本年收入合计 = Σ收入项目, 收入总计 = 本年收入合计 + 上年结转, 收入总计 = 支出总计). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const summaryTableBalance: Rule = {
  id: 'BAL004',
  title: '收支总表不平衡',
  category: 'balance',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'BAL004');
  },
};
