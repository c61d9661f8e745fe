/** The prose rules, in the order they run. */
import type { Rule } from '../types';
import { proseAmountMismatch } from './proseAmountMismatch';
import { duplicateFact } from './duplicateFact';
import { yearOnYearArithmetic } from './yearOnYearArithmetic';
import { zeroBaseGrowth } from './zeroBaseGrowth';
import { changeDirection } from './changeDirection';
import { templateResidue } from './templateResidue';
import { shareMismatch } from './shareMismatch';
import { sharesTotal } from './sharesTotal';
import { countMismatch } from './countMismatch';
import { numberingGap } from './numberingGap';
import { proseArithmetic } from './proseArithmetic';
import { statementYear } from './statementYear';
import { bindingReference } from './bindingReference';
import { statedTotals } from './statedTotals';
import { unitNameMismatch } from './unitNameMismatch';
import { malformedAmount } from './malformedAmount';
import { partChangesSum } from './partChangesSum';
import { quantityParts } from './quantityParts';
import { performanceTarget } from './performanceTarget';

export const proseRules: Rule[] = [
  proseAmountMismatch,
  duplicateFact,
  yearOnYearArithmetic,
  zeroBaseGrowth,
  changeDirection,
  templateResidue,
  shareMismatch,
  sharesTotal,
  countMismatch,
  numberingGap,
  proseArithmetic,
  statementYear,
  bindingReference,
  statedTotals,
  unitNameMismatch,
  malformedAmount,
  partChangesSum,
  quantityParts,
  performanceTarget,
];
