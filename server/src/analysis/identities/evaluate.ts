/**
 * Judging an identity by interval arithmetic (domain.md §4): each displayed figure stands for an
 * interval; the target's interval is compared with the sum of the parts' intervals, all in 元, and the
 * displayed values (in the target's unit) for exact agreement. Blank cells count as an exact zero.
 * Figures in one unit are judged with safe integers first (judgeInIntegers); the decimal figures of an
 * evaluation are only computed if something reads them.
 */
import Decimal from 'decimal.js';
import type { AmountUnit } from '../../numeric/units';
import { convert, unitFactor } from '../../numeric/units';
import { displayedInterval, judge, sum, type Agreement, type Interval } from '../../numeric/interval';
import { POWERS_OF_TEN, scaledInteger } from '../../numeric/scaledInteger';
import { sameCell } from './terms';
import type { Identity, Term } from './types';
import { keptOn, memoSlot } from '../../memoise';

/** A figure's value as displayed: number, decimals shown, unit. */
export interface FigureValue {
  value: Decimal;
  decimals: number;
  unit: AmountUnit;
  /** The cell was blank (an exact zero). */
  blank: boolean;
}

/** The solver's what-if: one figure (the cell of `term`) replaced by `value`. */
export interface Override {
  term: Term;
  value: FigureValue;
}


export interface Evaluation {
  agreement: Agreement;
  unit: AmountUnit;
  /** The target as displayed, in its unit. */
  stated: FigureValue;
  /** The parts' values, in their units. */
  partValues: FigureValue[];
  /** Sum of the parts, in the target's unit (exact). */
  computed: Decimal;
  /** stated − computed, in the target's unit. */
  difference: Decimal;
}

export function termUnit(term: Term): AmountUnit {
  return term.cell.amount?.unit ?? term.column.unit ?? term.table.unit;
}

const DECIMALS_BY_COLUMN = memoSlot('columnDecimals');

/** Decimals figures of this column show (for a blank cell: its neighbours'). */
export function columnDecimals(term: Term): number {
  const byColumn = keptOn(term.table, DECIMALS_BY_COLUMN, () => new Map<number, number>());
  const cached = byColumn.get(term.column.index);
  if (cached !== undefined) return cached;
  const decimals = scanDecimals(term);
  byColumn.set(term.column.index, decimals);
  return decimals;
}

function scanDecimals(term: Term): number {
  for (const row of term.table.body) {
    const amount = row.cells[term.column.index]?.amount;
    if (amount) return amount.decimals;
  }
  for (const row of term.table.body) for (const cell of row.cells) if (cell.amount) return cell.amount.decimals;
  return 2;
}

/** The value of a term; undefined when the cell holds text, a percentage or a merge mark. */
export function figureValue(term: Term, replaced?: Override): FigureValue | undefined {
  const override = overrideOf(term, replaced);
  if (override) return override;
  const { cell } = term;
  if (cell.kind === 'amount' && cell.amount) {
    return { value: cell.amount.value, decimals: cell.amount.decimals, unit: cell.amount.unit, blank: false };
  }
  if (cell.kind === 'blank') return { value: ZERO, decimals: columnDecimals(term), unit: termUnit(term), blank: true };
  return undefined;
}

const HALF_ULPS = new Map<number, Decimal>();

/** Half of the last displayed digit (cached: identities evaluate thousands of figures). */
function halfUlpOf(decimals: number): Decimal {
  let half = HALF_ULPS.get(decimals);
  if (!half) {
    half = displayedInterval(new Decimal(1), decimals).high.minus(1);
    HALF_ULPS.set(decimals, half);
  }
  return half;
}

/** The interval a displayed figure stands for, in `unit` (a zero is exact). */
function intervalOf(figure: FigureValue, unit: AmountUnit): Interval {
  if (figure.value.isZero()) return { low: ZERO, high: ZERO };
  const half = halfUlpOf(figure.decimals);
  const low = figure.value.minus(half);
  const high = figure.value.plus(half);
  if (figure.unit === unit) return { low, high };
  const factor = unitFactor(figure.unit).div(unitFactor(unit));
  return { low: low.times(factor), high: high.times(factor) };
}

const ZERO = new Decimal(0);

/** Judges an identity; undefined when one of its figures is not a number. */
export function evaluate(identity: Identity, replaced?: Override): Evaluation | undefined {
  return judgeInIntegers(identity, replaced) ?? evaluateWithDecimals(identity, replaced);
}

/** `evaluate(identity, replaced)?.agreement`, without building the evaluation (the solver's what-ifs read nothing else). */
export function agreementOf(identity: Identity, replaced?: Override): Agreement | undefined {
  return integerAgreement(identity, replaced) ?? evaluateWithDecimals(identity, replaced)?.agreement;
}

/** The solver's replacement value for a term, if it is the replaced cell. */
function overrideOf(term: Term, replaced: Override | undefined): FigureValue | undefined {
  return replaced !== undefined && sameCell(term, replaced.term) ? replaced.value : undefined;
}

/** The unit of a figure cell (amount or blank, or its replacement); undefined for any other cell. */
function figureUnit(term: Term, override: FigureValue | undefined): AmountUnit | undefined {
  if (override) return override.unit;
  const { cell } = term;
  if (cell.kind === 'amount') return cell.amount?.unit;
  return cell.kind === 'blank' ? termUnit(term) : undefined;
}

/** Decimals a figure shows in the integer judgement (a blank cell is an exact zero: none). */
function shownDecimals(term: Term, override: FigureValue | undefined): number {
  if (override) return override.blank ? 0 : override.decimals;
  return term.cell.amount?.decimals ?? 0;
}

/**
 * The judgement of evaluateWithDecimals, reached with safe integers when every figure is in one unit:
 * each figure is counted in the finest displayed unit among them (10^-decimals; a blank is an exact zero),
 * the intervals one digit further. Undefined when that cannot be done exactly (other units, text cells,
 * too many digits): evaluateWithDecimals decides those. The solver's what-if value (`overrides`) is a
 * figure like any other.
 */
function judgeInIntegers(identity: Identity, overrides: Override | undefined): Evaluation | undefined {
  const agreement = integerAgreement(identity, overrides);
  if (agreement === undefined) return undefined;
  return new IntegerEvaluation(identity, overrides, figureUnit(identity.target, overrideOf(identity.target, overrides))!, agreement);
}

/** judgeInIntegers' agreement alone. */
function integerAgreement(identity: Identity, overrides: Override | undefined): Agreement | undefined {
  const { target, parts } = identity;
  const targetOverride = overrideOf(target, overrides);
  const unit = figureUnit(target, targetOverride);
  if (unit === undefined) return undefined;
  const finest = finestDecimals(identity, overrides, unit);
  if (finest === undefined) return undefined;
  const stated = scaledFigure(target, targetOverride, finest);
  if (stated === undefined) return undefined;
  const computed = scaledSum(parts, overrides, finest);
  if (computed === undefined) return undefined;
  if (computed === stated) return 'consistent';
  const overlap = intervalsOverlap(identity, overrides, finest + 1);
  return overlap === undefined ? undefined : overlap ? 'rounding' : 'error';
}

/** The most decimals any figure of the identity shows; undefined when a part is not a figure in `unit` (the target's). */
function finestDecimals(identity: Identity, overrides: Override | undefined, unit: AmountUnit): number | undefined {
  const { target, parts } = identity;
  let finest = shownDecimals(target, overrideOf(target, overrides));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const override = overrideOf(part, overrides);
    if (figureUnit(part, override) !== unit) return undefined;
    const decimals = shownDecimals(part, override);
    if (decimals > finest) finest = decimals;
  }
  return finest;
}

/** The parts' sum counted in 10^-decimals; undefined when a part or the sum is not a safe integer there. */
function scaledSum(parts: readonly Term[], overrides: Override | undefined, decimals: number): number | undefined {
  let sum = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const value = scaledFigure(part, overrideOf(part, overrides), decimals);
    if (value === undefined) return undefined;
    sum += value;
    // Safe integers add exactly; past that, decimal.js decides.
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  return sum;
}

function scaledFigure(term: Term, override: FigureValue | undefined, decimals: number): number | undefined {
  if (override) return scaledInteger(override.value, decimals);
  const amount = term.cell.amount;
  return amount === undefined ? 0 : scaledInteger(amount.value, decimals);
}

/**
 * Whether the stated figure's interval overlaps the parts' summed interval, all counted in 10^-scale
 * (intervalOf: value ± half of its last displayed digit, a zero exact); undefined past safe integers.
 */
function intervalsOverlap(identity: Identity, overrides: Override | undefined, scale: number): boolean | undefined {
  if (scale > 22) return undefined;
  const { target, parts } = identity;
  const targetOverride = overrideOf(target, overrides);
  const stated = scaledFigure(target, targetOverride, scale);
  if (stated === undefined) return undefined;
  const statedHalf = halfDigit(shownDecimals(target, targetOverride), stated, scale);
  let low = 0;
  let high = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const override = overrideOf(part, overrides);
    const value = scaledFigure(part, override, scale);
    if (value === undefined) return undefined;
    const half = halfDigit(shownDecimals(part, override), value, scale);
    low += value - half;
    high += value + half;
  }
  const statedLow = stated - statedHalf;
  const statedHigh = stated + statedHalf;
  if (![low, high, statedLow, statedHigh].every(Number.isSafeInteger)) return undefined;
  return statedLow <= high && low <= statedHigh;
}

/** Half of a figure's last displayed digit in 10^-scale (0 for a zero, which is exact). */
function halfDigit(decimals: number, scaled: number, scale: number): number {
  if (scaled === 0) return 0;
  return 5 * POWERS_OF_TEN[scale - 1 - decimals]!;
}

/**
 * An evaluation judged by judgeInIntegers. Its decimal figures (read by messages and hovers, and only
 * for the few identities that fail or are hovered) are computed when first read, as evaluateWithDecimals
 * computes them, so they are the same.
 */
class IntegerEvaluation implements Evaluation {
  private decimal: DecimalFigures | undefined;

  constructor(
    private readonly identity: Identity,
    private readonly overrides: Override | undefined,
    readonly unit: AmountUnit,
    readonly agreement: Agreement,
  ) {}

  /** The figures alone: the agreement is this evaluation's (the intervals judged again would only repeat it). */
  private get full(): DecimalFigures {
    this.decimal ??= decimalFigures(this.identity, this.overrides, this.integerSum())!;
    return this.decimal;
  }

  /**
   * The parts' sum as judgeInIntegers added it (one unit, safe integers throughout), made a decimal once:
   * the same exact value decimal.js would reach by adding every part.
   */
  private integerSum(): Decimal {
    const finest = finestDecimals(this.identity, this.overrides, this.unit)!;
    return new Decimal(`${scaledSum(this.identity.parts, this.overrides, finest)!}e-${finest}`);
  }

  get stated(): FigureValue {
    return this.full.stated;
  }

  get partValues(): FigureValue[] {
    return this.full.partValues;
  }

  get computed(): Decimal {
    return this.full.computed;
  }

  get difference(): Decimal {
    return this.full.difference;
  }
}

/** An evaluation's figures in decimal.js, before any judgement. */
interface DecimalFigures {
  unit: AmountUnit;
  stated: FigureValue;
  partValues: FigureValue[];
  computed: Decimal;
  /** The sum as the stated figure shows it (rounded to its decimals when parts were converted). */
  computedShown: Decimal;
  /** stated − computed, in the target's unit. */
  difference: Decimal;
}

/** `sum`: the parts' sum when already known in the target's unit (every part in that unit), else added here. */
function decimalFigures(identity: Identity, overrides: Override | undefined, sum?: Decimal): DecimalFigures | undefined {
  const stated = figureValue(identity.target, overrides);
  if (!stated) return undefined;
  const partValues: FigureValue[] = [];
  for (const part of identity.parts) {
    const value = figureValue(part, overrides);
    if (!value) return undefined;
    partValues.push(value);
  }
  const unit = stated.unit;
  let computed = sum ?? ZERO;
  let converted = false;
  if (sum === undefined) {
    for (const part of partValues) {
      if (part.unit !== unit) converted = true;
      computed = computed.plus(part.unit === unit ? part.value : convert(part.value, part.unit, unit));
    }
  }
  const computedShown = converted ? computed.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP) : computed;
  // Unconverted, a sum equal to the stated value leaves a zero difference without computing it.
  const difference = converted || !stated.value.eq(computed) ? stated.value.minus(computed) : ZERO;
  return { unit, stated, partValues, computed, computedShown, difference };
}

/** The judgement in decimal.js, for every identity (intervals when the figures differ); the reference judgeInIntegers must agree with. */
export function evaluateWithDecimals(identity: Identity, overrides?: Override): Evaluation | undefined {
  const figures = decimalFigures(identity, overrides);
  if (!figures) return undefined;
  const { unit, stated, partValues, computed, computedShown, difference } = figures;
  // Most identities hold exactly: no need for intervals then.
  if (stated.value.eq(computedShown)) return { agreement: 'consistent', unit, stated, partValues, computed, difference };
  const statedInterval = intervalOf(stated, unit);
  const computedInterval = sum(partValues.map((part) => intervalOf(part, unit)));
  const agreement = judge(statedInterval, computedInterval, stated.value, computedShown);
  return { agreement, unit, stated, partValues, computed, difference };
}
