/**
 * TPE003: the prose's year-on-year “三公” statements: A = 本年 − 上年, B = A ÷ 上年 (interval arithmetic),
 * growth from a zero base stated as a percentage (seed 000 公务用车运行维护费 “增 6万元，同比增加 100%”;
 * seed 002 “较上年增加 7000 元（100%）”), and “增加” for a decrease.
 */
import { changesInScope, reportArithmetic, reportDirection, reportZeroBase } from '../../prose/changeReports';
import type { Rule } from '../types';

export const threePublicYearOnYear: Rule = {
  id: 'TPE003',
  title: '“三公”经费同比增减说明有误',
  category: 'three-public',
  defaultSeverity: 'error',
  check(context) {
    for (const { change, evaluation } of changesInScope(context, 'three-public')) {
      reportZeroBase(context, change, evaluation);
      reportDirection(context, change, evaluation);
      reportArithmetic(context, change, evaluation);
    }
  },
};
