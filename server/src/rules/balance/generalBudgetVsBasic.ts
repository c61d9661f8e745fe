/** XTB003: 一般公共预算支出表与基本支出表不一致 (基本支出/人员经费/公用经费 两表一致). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const generalBudgetVsBasic: Rule = {
  id: 'XTB003',
  title: '一般公共预算支出表与基本支出表不一致',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'XTB003');
  },
};
