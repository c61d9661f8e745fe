/**
 * Judging a 上年 figure against last year's document (domain.md §4): units converted, each displayed
 * figure an interval. A blank cell is zero in last year's document; a blank 上年 cell where last year
 * states a figure is `unfilled` (the drafter has not written it yet).
 */
import Decimal from 'decimal.js';
import type { Amount } from '../numeric/amount';
import { amountInterval, overlaps, subtract, type Interval } from '../numeric/interval';
import { unitFactor } from '../numeric/units';
import { compareAmounts } from '../prose/compare';
import type { Cell, Table } from '../model/types';

export type LastYearAgreement = 'consistent' | 'rounding' | 'error' | 'unfilled';

/** A cell's amount, a blank being an exact zero in the table's unit. */
export function cellAmount(cell: Cell, table: Table): Amount {
  return cell.amount ?? { value: new Decimal(0), decimals: 0, unit: table.unit, text: '0', grouped: false };
}

/** This year's stated 上年 figure against last year's figure. */
export function compareStated(mine: Amount | undefined, last: Amount): LastYearAgreement {
  if (!mine) return last.value.isZero() ? 'consistent' : 'unfilled';
  return compareAmounts(mine, last);
}

export interface ImpliedBase {
  /** 本年 − A, in 元. */
  value: Decimal;
  interval: Interval;
}

/** The base a change implies: 本年 − A (A signed by its verb), in 元. */
export function impliedBase(current: Amount, change: Amount, direction: 1 | -1): ImpliedBase {
  const delta = amountInterval(change);
  const signedDelta: Interval = direction === 1 ? delta : { low: delta.high.negated(), high: delta.low.negated() };
  const deltaValue = change.value.times(unitFactor(change.unit)).times(direction);
  return {
    value: current.value.times(unitFactor(current.unit)).minus(deltaValue),
    interval: subtract(amountInterval(current), signedDelta),
  };
}

export function compareImplied(base: ImpliedBase, last: Amount): Exclude<LastYearAgreement, 'unfilled'> {
  const lastValue = last.value.times(unitFactor(last.unit));
  if (base.value.eq(lastValue)) return 'consistent';
  return overlaps(base.interval, amountInterval(last)) ? 'rounding' : 'error';
}
