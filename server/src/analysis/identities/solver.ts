/**
 * Which figure should a fix replace? For each failing identity, every figure in it is a candidate: the
 * value that would make this identity hold is computed, and the candidate is scored by how many failing
 * identities that one change repairs and how many holding ones it would break. The best candidate is
 * the figure that is demonstrably wrong (a leaf that breaks both its row and its column, a subtotal that
 * breaks the level above and below); on a tie the identity's own total is replaced. A plan is safe
 * (fix-all may apply it) when it breaks nothing and no other figure explains the failures as well.
 */
import Decimal from 'decimal.js';
import { convert } from '../../numeric/units';
import { formatNumber } from '../../numeric/numberText';
import type { BodyRow } from '../../model/types';
import { agreementOf, figureValue, type Evaluation, type FigureValue } from './evaluate';
import { sameCell } from './terms';
import type { Identity, Term } from './types';

export interface FixPlan {
  term: Term;
  value: FigureValue;
  /** The figure as it should be written (decimals and separators like its neighbours). */
  text: string;
  /** Failing identities this change repairs / holding identities it would break. */
  repairs: number;
  breaks: number;
  safe: boolean;
}

function groupedLike(term: Term): boolean {
  if (term.cell.amount) return term.cell.amount.grouped;
  return term.table.body.some((row) => row.cells[term.column.index]?.amount?.grouped === true);
}

export function formatFigure(term: Term, value: FigureValue): string {
  return formatNumber(value.value, value.decimals, groupedLike(term));
}

/** `value` rounded half up to `decimals`; a value already within them is itself (no new decimal). */
export function roundedTo(value: Decimal, decimals: number): Decimal {
  return value.decimalPlaces() <= decimals ? value : value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** The value `candidate` must take for `identity` to hold (rounded to the candidate's decimals). */
function solveFor(identity: Identity, evaluation: Evaluation, candidate: Term): FigureValue | undefined {
  const own = figureValue(candidate);
  if (!own) return undefined;
  let needed: Decimal;
  if (sameCell(identity.target, candidate)) {
    needed = evaluation.computed;
  } else {
    const index = identity.parts.findIndex((part) => sameCell(part, candidate));
    if (index < 0) return undefined;
    // The stated total less the other parts: stated − (computed − this part), all exact (units differ by
    // powers of ten), so one subtraction instead of re-adding every other part.
    const part = evaluation.partValues[index]!;
    const others = evaluation.computed.minus(convert(part.value, part.unit, evaluation.unit));
    needed = convert(evaluation.stated.value.minus(others), evaluation.unit, own.unit);
  }
  return { value: roundedTo(needed, own.decimals), decimals: own.decimals, unit: own.unit, blank: false };
}

/** A value for one figure, scored against every identity the figure takes part in. */
interface ScoredValue {
  value: FigureValue;
  repairs: number;
  breaks: number;
  breaksAsTotal: number;
  exact: number;
  /** Failing identities this value leaves failing (or not a number): it is no candidate for their plans. */
  unrepaired: Identity[];
}

/** A scored value for one figure of an identity; its text is only written for the candidate a plan keeps. */
interface Candidate extends Omit<ScoredValue, 'unrepaired'> {
  term: Term;
}

function toPlan(candidate: Candidate, safe: boolean): FixPlan {
  const { term, value, repairs, breaks } = candidate;
  return { term, value, text: formatFigure(term, value), repairs, breaks, safe };
}

/** How a value ranks: repairs count, breaks count double, then exact agreement decides. */
function rank(scored: ScoredValue): number {
  return (scored.repairs - 2 * scored.breaks) * 1000 + scored.exact;
}

/**
 * A figure of a failing identity: the identities it takes part in, in document order, once per occurrence;
 * and the values proposed for it, scored once (every failing identity naming the figure asks for them).
 */
class FigureSlot {
  readonly identities: Identity[] = [];
  scored: ScoredValue[] | undefined;
}

/** The figures of failing identities, by row, then by column index. */
type CellIndex = Map<BodyRow, Array<FigureSlot | undefined>>;

export class FixPlanner {
  private readonly byCell: CellIndex = new Map();

  /**
   * Indexes only the cells of failing identities: the planner asks about no other cell. Each cell lists
   * the identities it takes part in, in document order, once per occurrence (as a plain index of every
   * term would). A term's row is a row of its table's body, so the row object and the column index name
   * the cell as `cellKey` does.
   */
  constructor(
    identities: readonly Identity[],
    private readonly evaluations: ReadonlyMap<Identity, Evaluation>,
    failing: readonly Identity[],
  ) {
    for (const identity of failing) {
      this.openSlot(identity.target);
      for (const part of identity.parts) this.openSlot(part);
    }
    for (const identity of identities) {
      this.slotOf(identity.target)?.identities.push(identity);
      const { parts } = identity;
      for (let i = 0; i < parts.length; i++) this.slotOf(parts[i]!)?.identities.push(identity);
    }
  }

  private openSlot(term: Term): void {
    let columns = this.byCell.get(term.row);
    if (!columns) {
      columns = [];
      this.byCell.set(term.row, columns);
    }
    columns[term.column.index] ??= new FigureSlot();
  }

  private slotOf(term: Term): FigureSlot | undefined {
    return this.byCell.get(term.row)?.[term.column.index];
  }

  /** Identities a figure of a failing identity takes part in. */
  private identitiesOf(term: Term): readonly Identity[] {
    return this.slotOf(term)?.identities ?? [];
  }

  /** How many of a figure's identities fail (an identity naming the figure twice counts twice). */
  private failingCount(term: Term): number {
    let count = 0;
    for (const other of this.identitiesOf(term)) if (this.evaluations.get(other)?.agreement === 'error') count++;
    return count;
  }

  plan(identity: Identity): FixPlan | undefined {
    const evaluation = this.evaluations.get(identity);
    if (!evaluation || evaluation.agreement !== 'error') return undefined;
    const target = this.bestValueFor(identity.target, identity);
    const parts: Candidate[] = [];
    for (const term of identity.parts) {
      if (term.cell.kind !== 'amount') continue;
      // A candidate's repairs count the failing identities it takes part in that hold after the change
      // (bestValueFor), so they never exceed failingCount: a part in fewer than two failing identities
      // cannot reach two repairs and would be dropped below whatever its best value. Skipping it keeps
      // exactly the same parts.
      if (this.failingCount(term) < 2) continue;
      const best = this.bestValueFor(term, identity);
      // A part is demonstrably wrong only when correcting it repairs two or more identities at once
      // (its row and its column, its level above and below) and breaks none.
      if (best && best.repairs >= 2 && best.breaks === 0) parts.push(best);
    }
    const bestPart = parts.reduce<Candidate | undefined>((a, b) => (!a || b.repairs > a.repairs ? b : a), undefined);
    if (bestPart && (!target || bestPart.repairs > target.repairs || target.breaksAsTotal > 0)) {
      const unique = parts.filter((p) => p.repairs === bestPart.repairs).length === 1;
      return toPlan(bestPart, unique);
    }
    if (!target) return undefined;
    // Recomputing a total may unbalance the totals above it (it is one of their parts): fix-all
    // recomputes those in the next round, bottom-up. It is not safe when it would unbalance an identity
    // in which this figure is itself the total.
    return toPlan(target, target.breaksAsTotal === 0);
  }

  /**
   * The best value for one figure of `identity` (a failing identity): among the figure's scored values, the
   * one that repairs most and breaks least (then: the one most identities agree with exactly, not just
   * within rounding), leaving `identity` failing being no candidate.
   */
  private bestValueFor(term: Term, identity: Identity): Candidate | undefined {
    const slot = this.slotOf(term);
    if (!slot) return undefined;
    slot.scored ??= this.scoreValues(term, slot.identities);
    let best: ScoredValue | undefined;
    for (const scored of slot.scored) {
      if (scored.unrepaired.includes(identity)) continue;
      if (!best || rank(scored) > rank(best)) best = scored;
    }
    if (!best) return undefined;
    const { value, repairs, breaks, breaksAsTotal, exact } = best;
    return { term, value, repairs, breaks, breaksAsTotal, exact };
  }

  /**
   * The values proposed for one figure, scored: each failing identity it takes part in (`others`) proposes
   * the value that would make it hold, a value recomputed from the figure's own parts (it is the proposing
   * identity's total) going first; each value is scored by the identities it repairs, breaks and leaves
   * failing. The same for every failing identity that names the figure (`term` may be any term naming it).
   */
  private scoreValues(term: Term, others: readonly Identity[]): ScoredValue[] {
    const proposals: Array<{ value: FigureValue; ownTotal: boolean }> = [];
    for (const other of others) {
      const evaluation = this.evaluations.get(other);
      if (!evaluation || evaluation.agreement !== 'error') continue;
      const value = solveFor(other, evaluation, term);
      if (!value) continue;
      const ownTotal = sameCell(other.target, term);
      const existing = proposals.find((p) => p.value.value.eq(value.value));
      if (existing) existing.ownTotal ||= ownTotal;
      else proposals.push({ value, ownTotal });
    }
    // Own totals first, the rest after them in the order proposed (a stable partition: no sort for a list this short).
    const ordered = proposals.filter((p) => p.ownTotal);
    for (const proposal of proposals) if (!proposal.ownTotal) ordered.push(proposal);
    return ordered.map(({ value }) => {
      const replaced = { term, value };
      const scored: ScoredValue = { value, repairs: 0, breaks: 0, breaksAsTotal: 0, exact: 0, unrepaired: [] };
      for (const other of others) {
        const after = agreementOf(other, replaced);
        const before = this.evaluations.get(other)?.agreement;
        if (before === 'error' && after !== 'error') scored.repairs++;
        if (before === 'error' && (after === undefined || after === 'error')) scored.unrepaired.push(other);
        if (before !== 'error' && after === 'error') {
          scored.breaks++;
          if (sameCell(other.target, term)) scored.breaksAsTotal++;
        }
        if (after === 'consistent') scored.exact++;
      }
      return scored;
    });
  }
}
