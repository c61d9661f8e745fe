/** The codes rules, in the order they run. */
import type { Rule } from '../types';

export const codesRules: Rule[] = [];
