/** FIN002: 人员经费/公用经费合计与经济分类类级不符（基本支出决算表 人员经费合计 = 301 + 303，公用经费合计 = 302 + 310 …）. Identities built in server/src/analysis/identities/finalAccountsIdentities.ts; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from '../balance/reportIdentities';

export const personnelPublicClasses: Rule = {
  id: 'FIN002',
  title: '人员经费/公用经费合计与经济分类类级不符',
  category: 'balance',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'FIN002');
  },
};
