/** FIN003: 基本支出与人员经费、公用经费合计不符（一般公共预算财政拨款支出决算表 基本支出 = 人员经费合计 + 公用经费合计）. Identities built in server/src/analysis/identities/finalAccountsIdentities.ts; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from '../balance/reportIdentities';

export const basicVsPersonnelPublic: Rule = {
  id: 'FIN003',
  title: '基本支出与人员经费、公用经费合计不符',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'FIN003');
  },
};
