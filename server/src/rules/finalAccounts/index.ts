/** The 决算 (final accounts) rules, in the order they run. */
import type { Rule } from '../types';
import { incomeSourcesVsSummary } from './incomeSourcesVsSummary';
import { personnelPublicClasses } from './personnelPublicClasses';
import { basicVsPersonnelPublic } from './basicVsPersonnelPublic';
import { fiscalSummaryVsTables } from './fiscalSummaryVsTables';
import { threePublicMeasures } from './threePublicMeasures';
import { accountsFigureMismatch } from './accountsFigureMismatch';
import { completionRate } from './completionRate';
import { comparisonWording } from './comparisonWording';
import { namedWholeShare } from './namedWholeShare';
import { vehicleCount } from './vehicleCount';
import { emptyTableStatements } from './emptyTableStatements';
import { listedEconomicItems } from './listedEconomicItems';
import { smallBusinessAwards } from './smallBusinessAwards';
import { itemBudgetsTotal } from './itemBudgetsTotal';

export const finalAccountsRules: Rule[] = [
  incomeSourcesVsSummary,
  personnelPublicClasses,
  basicVsPersonnelPublic,
  fiscalSummaryVsTables,
  threePublicMeasures,
  accountsFigureMismatch,
  completionRate,
  comparisonWording,
  namedWholeShare,
  vehicleCount,
  emptyTableStatements,
  listedEconomicItems,
  smallBusinessAwards,
  itemBudgetsTotal,
];
