/** The prose rules, in the order they run. */
import type { Rule } from '../types';

export const proseRules: Rule[] = [];
