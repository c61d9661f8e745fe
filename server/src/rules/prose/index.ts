/** The prose rules, in the order they run. */
import type { Rule } from '../types';
import { proseAmountMismatch } from './proseAmountMismatch';
import { duplicateFact } from './duplicateFact';
import { yearOnYearArithmetic } from './yearOnYearArithmetic';
import { zeroBaseGrowth } from './zeroBaseGrowth';
import { changeDirection } from './changeDirection';
import { templateResidue } from './templateResidue';

export const proseRules: Rule[] = [proseAmountMismatch, duplicateFact, yearOnYearArithmetic, zeroBaseGrowth, changeDirection, templateResidue];
