/** BAL003: 合计行与各顶层行之和不符 (合计行 = Σ类行). Identities built in server/src/analysis/identities/; see docs/rules.md. */
import type { Rule } from '../types';
import { reportIdentities } from './reportIdentities';

export const totalRowSum: Rule = {
  id: 'BAL003',
  title: '合计行与各顶层行之和不符',
  category: 'balance',
  defaultSeverity: 'error',
  check(context) {
    reportIdentities(context, 'BAL003');
  },
};
