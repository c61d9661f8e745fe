/** Every rule of the checker, by category. Add a rule to its category's index, not here. */
import type { Rule } from './types';
import { balanceRules } from './balance/index';
import { proseRules } from './prose/index';
import { threePublicRules } from './threePublic/index';
import { codesRules } from './codes/index';
import { finalAccountsRules } from './finalAccounts/index';
import { lastYearRules } from './lastYear/index';

export const allRules: readonly Rule[] = [...balanceRules, ...threePublicRules, ...proseRules, ...codesRules, ...finalAccountsRules, ...lastYearRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
