/** XTB002: 财政拨款收支总表与一般公共预算支出表不一致 (财政拨款收支总表 一般公共预算 = 一般公共预算支出表 合计). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const fiscalVsGeneralBudget: Rule = {
  id: 'XTB002',
  title: '财政拨款收支总表与一般公共预算支出表不一致',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'XTB002');
  },
};
