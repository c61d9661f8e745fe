/** The “三公” rules, in the order they run. */
import type { Rule } from '../types';

export const threePublicRules: Rule[] = [];
