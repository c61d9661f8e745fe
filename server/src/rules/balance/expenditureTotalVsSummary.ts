/** XTB006: 支出总表合计与收支总表本年支出合计不一致 (支出总表 合计 = 收支总表 本年支出合计). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const expenditureTotalVsSummary: Rule = {
  id: 'XTB006',
  title: '支出总表合计与收支总表本年支出合计不一致',
  category: 'cross-table',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'XTB006');
  },
};
