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
import { evaluate, figureValue, type Evaluation, type FigureValue } from './evaluate';
import { cellKey, sameCell } from './terms';
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
  const rounded = needed.toDecimalPlaces(own.decimals, Decimal.ROUND_HALF_UP);
  return { value: rounded, decimals: own.decimals, unit: own.unit, blank: false };
}

interface Candidate extends FixPlan {
  breaksAsTotal: number;
  exact: number;
}

function strip(candidate: Candidate): FixPlan {
  const { breaksAsTotal: _breaksAsTotal, exact: _exact, ...plan } = candidate;
  return plan;
}

export class FixPlanner {
  private readonly byCell = new Map<string, Identity[]>();

  constructor(
    identities: readonly Identity[],
    private readonly evaluations: ReadonlyMap<Identity, Evaluation>,
  ) {
    for (const identity of identities) {
      for (const term of [identity.target, ...identity.parts]) {
        const key = cellKey(term);
        const list = this.byCell.get(key);
        if (list) list.push(identity);
        else this.byCell.set(key, [identity]);
      }
    }
  }

  /** Identities a cell takes part in. */
  identitiesOf(term: Term): readonly Identity[] {
    return this.byCell.get(cellKey(term)) ?? [];
  }

  plan(identity: Identity): FixPlan | undefined {
    const evaluation = this.evaluations.get(identity);
    if (!evaluation || evaluation.agreement !== 'error') return undefined;
    const target = this.bestValueFor(identity.target, identity);
    const parts: Candidate[] = [];
    for (const term of identity.parts) {
      if (term.cell.kind !== 'amount') continue;
      const best = this.bestValueFor(term, identity);
      // A part is demonstrably wrong only when correcting it repairs two or more identities at once
      // (its row and its column, its level above and below) and breaks none.
      if (best && best.repairs >= 2 && best.breaks === 0) parts.push(best);
    }
    const bestPart = parts.reduce<Candidate | undefined>((a, b) => (!a || b.repairs > a.repairs ? b : a), undefined);
    if (bestPart && (!target || bestPart.repairs > target.repairs || target.breaksAsTotal > 0)) {
      const unique = parts.filter((p) => p.repairs === bestPart.repairs).length === 1;
      return strip({ ...bestPart, safe: unique });
    }
    if (!target) return undefined;
    // Recomputing a total may unbalance the totals above it (it is one of their parts): fix-all
    // recomputes those in the next round, bottom-up. It is not safe when it would unbalance an identity
    // in which this figure is itself the total.
    return strip({ ...target, safe: target.breaksAsTotal === 0 });
  }

  /**
   * The best value for one figure: each failing identity it takes part in proposes the value that would
   * make it hold; the value that repairs most and breaks least wins (then: the one most identities agree
   * with exactly, not just within rounding).
   */
  private bestValueFor(term: Term, identity: Identity): Candidate | undefined {
    // A value recomputed from the figure's own parts (it is the proposing identity's total) goes first.
    const proposals: Array<{ value: FigureValue; ownTotal: boolean }> = [];
    for (const other of this.identitiesOf(term)) {
      const evaluation = this.evaluations.get(other);
      if (!evaluation || (other !== identity && evaluation.agreement !== 'error')) continue;
      const value = solveFor(other, evaluation, term);
      if (!value) continue;
      const ownTotal = sameCell(other.target, term);
      const existing = proposals.find((p) => p.value.value.eq(value.value));
      if (existing) existing.ownTotal ||= ownTotal;
      else proposals.push({ value, ownTotal });
    }
    proposals.sort((a, b) => Number(b.ownTotal) - Number(a.ownTotal));
    let best: Candidate | undefined;
    for (const { value } of proposals) {
      const replaced = { term, value };
      const self = evaluate(identity, replaced);
      if (!self || self.agreement === 'error') continue;
      let repairs = 0;
      let breaks = 0;
      let breaksAsTotal = 0;
      let exact = 0;
      for (const other of this.identitiesOf(term)) {
        const before = this.evaluations.get(other)?.agreement;
        const after = evaluate(other, replaced)?.agreement;
        if (before === 'error' && after !== 'error') repairs++;
        if (before !== 'error' && after === 'error') {
          breaks++;
          if (sameCell(other.target, term)) breaksAsTotal++;
        }
        if (after === 'consistent') exact++;
      }
      const candidate: Candidate = { term, value, text: formatFigure(term, value), repairs, breaks, breaksAsTotal, safe: false, exact };
      const rank = (c: { repairs: number; breaks: number; exact: number }): number => (c.repairs - 2 * c.breaks) * 1000 + c.exact;
      if (!best || rank(candidate) > rank(best)) best = candidate;
    }
    return best;
  }
}
