/** FIN004: 财政拨款收入支出决算总表与其他决算表不符（财政拨款收入支出决算总表 与 收入支出决算总表、一般公共预算财政拨款支出决算表）. Identities built in server/src/analysis/identities/finalAccountsIdentities.ts; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from '../balance/reportIdentities';

export const fiscalSummaryVsTables: Rule = {
  id: 'FIN004',
  title: '财政拨款收入支出决算总表与其他决算表不符',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'FIN004');
  },
};
