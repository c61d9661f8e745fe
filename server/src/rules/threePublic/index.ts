/** The “三公” rules, in the order they run. */
import type { Rule } from '../types';
import { itemAgainstBasicLine } from './itemAgainstBasicLine';
import { proseThreePublicMismatch } from './proseThreePublicMismatch';
import { threePublicYearOnYear } from './threePublicYearOnYear';
import { operatingCostVsPublic } from './operatingCostVsPublic';

export const threePublicRules: Rule[] = [itemAgainstBasicLine, proseThreePublicMismatch, threePublicYearOnYear, operatingCostVsPublic];
