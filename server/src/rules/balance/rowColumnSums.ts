/** BAL001: 行内各列合计与明细不平衡 (合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费, 收入来源之和 = 合计). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const rowColumnSums: Rule = {
  id: 'BAL001',
  title: '行内各列合计与明细不平衡',
  category: 'balance',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'BAL001');
  },
};
