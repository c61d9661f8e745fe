/** FIN005: “三公”经费决算表预算数或决算数不平衡（“三公”经费支出决算表 预算数/决算数 各自的 合计 = 各项之和）. Identities built in server/src/analysis/identities/finalAccountsIdentities.ts; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from '../balance/reportIdentities';

export const threePublicMeasures: Rule = {
  id: 'FIN005',
  title: '“三公”经费决算表预算数或决算数不平衡',
  category: 'balance',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'FIN005');
  },
};
