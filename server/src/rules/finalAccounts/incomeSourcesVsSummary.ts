/** FIN001: 收入决算表各收入来源与收入支出决算总表不符（收入决算表 合计行的各收入来源列 = 收入支出决算总表的对应收入行）. Identities built in server/src/analysis/identities/finalAccountsIdentities.ts; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from '../balance/reportIdentities';

export const incomeSourcesVsSummary: Rule = {
  id: 'FIN001',
  title: '收入决算表各收入来源与收入支出决算总表不符',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'FIN001');
  },
};
