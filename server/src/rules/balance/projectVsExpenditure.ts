/** XTB004: 项目支出表与支出总表项目支出不一致 (项目支出表 合计 = 支出总表 项目支出). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const projectVsExpenditure: Rule = {
  id: 'XTB004',
  title: '项目支出表与支出总表项目支出不一致',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'XTB004');
  },
};
