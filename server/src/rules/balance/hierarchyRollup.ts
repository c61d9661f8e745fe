/** BAL002: 上级科目与下级科目之和不符 (类 = Σ款, 款 = Σ项, 301 = Σ301xx, 部门 = Σ单位, 项目类别 = Σ项目). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const hierarchyRollup: Rule = {
  id: 'BAL002',
  title: '上级科目与下级科目之和不符',
  category: 'balance',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'BAL002');
  },
};
