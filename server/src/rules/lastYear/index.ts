/**
 * The rules that check this year's 上年 figures against last year's disclosure (linked by `上年文档` or
 * found beside the document). They run only when the host supplied the linked document.
 */
import type { Rule } from '../types';
import { lastYearLinkProblem } from './linkProblem';
import { lastYearNotComparable } from './notComparable';
import { lastYearTableFigure } from './tableFigure';
import { lastYearStatedProseFigure } from './statedProseFigure';
import { lastYearImpliedBase } from './impliedBase';

export const lastYearRules: Rule[] = [lastYearLinkProblem, lastYearNotComparable, lastYearTableFigure, lastYearStatedProseFigure, lastYearImpliedBase];
