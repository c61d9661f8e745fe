/** The balance rules, in the order they run. */
import type { Rule } from '../types';
import { rowColumnSums } from './rowColumnSums';
import { hierarchyRollup } from './hierarchyRollup';
import { totalRowSum } from './totalRowSum';
import { summaryTableBalance } from './summaryTableBalance';
import { threePublicTableBalance } from './threePublicTableBalance';
import { summaryVsExpenditureClasses } from './summaryVsExpenditureClasses';
import { fiscalVsGeneralBudget } from './fiscalVsGeneralBudget';
import { generalBudgetVsBasic } from './generalBudgetVsBasic';
import { projectVsExpenditure } from './projectVsExpenditure';
import { incomeVsSummary } from './incomeVsSummary';
import { expenditureTotalVsSummary } from './expenditureTotalVsSummary';

export const balanceRules: Rule[] = [
  rowColumnSums,
  hierarchyRollup,
  totalRowSum,
  summaryTableBalance,
  threePublicTableBalance,
  summaryVsExpenditureClasses,
  fiscalVsGeneralBudget,
  generalBudgetVsBasic,
  projectVsExpenditure,
  incomeVsSummary,
  expenditureTotalVsSummary,
];
