/** The codes rules, in the order they run. */
import type { Rule } from '../types';
import { malformedCode } from './malformedCode';
import { unknownCode } from './unknownCode';
import { wrongName } from './wrongName';
import { outdatedName } from './outdatedName';
import { codeWithTwoNames } from './codeWithTwoNames';
import { codeHierarchy } from './codeHierarchy';
import { economicPair } from './economicPair';
import { nameOnlyEntry } from './nameOnlyEntry';
import { catalogExtraFileProblems } from './catalogExtraFileProblems';

export const codesRules: Rule[] = [
  malformedCode,
  unknownCode,
  wrongName,
  outdatedName,
  codeWithTwoNames,
  codeHierarchy,
  economicPair,
  nameOnlyEntry,
  catalogExtraFileProblems,
];
