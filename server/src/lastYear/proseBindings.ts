/**
 * Prose figures about last year, bound to the figure last year's document states for the same item:
 * stated ones (“上年收入总计 2321.3 万元”, “比去年预算 2097.9 万元增加 …”) and implied ones (“比上年增加 A”
 * means last year was 本年 − A). The item is named by the same wording the prose checks use (收入总计,
 * 基本支出, “三公”经费 items, a classification line by code or name …). 上年执行数 / 决算数 are left out:
 * last year's budget disclosure does not state them.
 */
import { NOT_IN_LAST_BUDGET } from '../analysis/columnPeriods';
import type { Amount } from '../numeric/amount';
import type { DisclosureDocument } from '../model/types';
import type { AmountClaim, ChangeClaim } from '../prose/claims';
import { documentClaims } from '../prose/documentClaims';
import type { ClaimTarget } from '../prose/labels';
import { figureForTarget, type TableFigure } from '../prose/tableFigures';
import type { BindingCertainty } from './tableBindings';
import { keptOn, memoSlot } from '../memoise';


interface ProseBindingBase {
  target: ClaimTarget;
  last: TableFigure;
  certainty: BindingCertainty;
}

export interface StatedBinding extends ProseBindingBase {
  kind: 'stated';
  /** The prose figure stating last year's value. */
  claim: AmountClaim;
}

export interface ImpliedBinding extends ProseBindingBase {
  kind: 'implied';
  change: ChangeClaim;
  /** 本年: the prose figure of the same sentence, else this year's table figure for the item. */
  current: Amount;
  currentFrom: 'prose' | TableFigure;
}

export type ProseBinding = StatedBinding | ImpliedBinding;

function certaintyOf(target: ClaimTarget): BindingCertainty {
  if (target.kind === 'classification' && !target.code) return 'name';
  if (target.kind === 'project') return 'name';
  return 'certain';
}

function aboutLastYear(claim: AmountClaim, year: number | undefined): boolean {
  if (NOT_IN_LAST_BUDGET.test(claim.lead)) return false;
  return claim.year === undefined || year === undefined || claim.year === year - 1 || claim.year === year;
}

function computeBindings(document: DisclosureDocument, last: DisclosureDocument): ProseBinding[] {
  const bindings: ProseBinding[] = [];
  const year = document.meta.year;
  const seen = new Set<AmountClaim>();
  const lastFigure = (target: ClaimTarget): TableFigure | undefined => {
    const figure = figureForTarget(last, target);
    return figure && (figure.cell.kind === 'amount' || figure.cell.kind === 'blank') ? figure : undefined;
  };
  for (const paragraph of documentClaims(document).paragraphs) {
    for (const change of paragraph.changes) {
      const subject = change.subject;
      if (!subject || change.change.residue || !aboutLastYear(change.change, year)) continue;
      const figure = lastFigure(subject);
      if (!figure) continue;
      if (change.base) {
        seen.add(change.base);
        if (!aboutLastYear(change.base, year)) continue;
        bindings.push({ kind: 'stated', claim: change.base, target: subject, last: figure, certainty: certaintyOf(subject) });
        continue;
      }
      const fromTable = change.current ? undefined : figureForTarget(document, subject);
      const current = change.current?.figure.amount ?? fromTable?.cell.amount;
      if (!current) continue;
      bindings.push({
        kind: 'implied',
        change,
        current,
        currentFrom: fromTable ?? 'prose',
        target: subject,
        last: figure,
        certainty: certaintyOf(subject),
      });
    }
    for (const claim of paragraph.amounts) {
      if (claim.role !== 'previous' || !claim.target || seen.has(claim) || !aboutLastYear(claim, year)) continue;
      if (claim.year !== undefined && year !== undefined && claim.year !== year - 1) continue;
      const figure = lastFigure(claim.target);
      if (!figure) continue;
      bindings.push({ kind: 'stated', claim, target: claim.target, last: figure, certainty: certaintyOf(claim.target) });
    }
  }
  return bindings;
}

const BINDINGS = memoSlot('proseBindings');

export function proseBindings(document: DisclosureDocument, last: DisclosureDocument): ProseBinding[] {
  // Kept on the document, for one last-year document at a time.
  const kept = keptOn(document, BINDINGS, () => ({ last: undefined as DisclosureDocument | undefined, bindings: [] as ProseBinding[] }));
  if (kept.last !== last) {
    kept.bindings = computeBindings(document, last);
    kept.last = last;
  }
  return kept.bindings;
}
