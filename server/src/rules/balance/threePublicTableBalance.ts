/** BAL005: “三公”经费表内不平衡 (合计 = 因公出国（境） + 公务用车购置及运行 + 公务接待, 公务用车购置及运行 = 购置 + 运行). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const threePublicTableBalance: Rule = {
  id: 'BAL005',
  title: '“三公”经费表内不平衡',
  category: 'balance',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'BAL005');
  },
};
