/**
 * All prose claims of a document, computed once per model (rules, hovers and go-to-definition share them).
 * Paragraphs of the glossary are left out: definitions state no figures of this budget.
 */
import type { DisclosureDocument } from '../model/types';
import { isFinalAccounts } from '../recognition/tableKinds';
import { continuedShares, extractParagraphClaims, listWhole, type AmountClaim, type ParagraphClaims } from './claims';
import { BUDGET_LEAD, linkFinalChanges, paragraphStatements, type ExecutionStatement } from './executionStatements';
import { paragraphNumberText } from './paragraphNumberText';
import { figureForReference, figureForTarget, type TableFigure } from './tableFigures';
import { keptOn, memoSlot } from '../memoise';

export interface BoundAmount {
  claim: AmountClaim;
  figure: TableFigure;
  /** Bound by an explicit `{=…}` reference rather than by its wording. */
  explicit: boolean;
}

export interface DocumentClaims {
  paragraphs: ParagraphClaims[];
  /** Current-year amounts with the table figure they restate. */
  bound: BoundAmount[];
  /** 决算 only: the budget execution statements (年初预算 / 支出决算 / 完成率). */
  statements: ExecutionStatement[];
}

const CLAIMS = memoSlot('documentClaims');


export function documentClaims(document: DisclosureDocument): DocumentClaims {
  return keptOn(document, CLAIMS, () => readDocumentClaims(document));
}

function readDocumentClaims(document: DisclosureDocument): DocumentClaims {
  const glossaryLines = new Set(document.glossary.map((g) => g.range.start.line));
  const paragraphs = document.paragraphs
    .filter((p) => !glossaryLines.has(p.range.start.line))
    .map((p) => extractParagraphClaims(p, document.meta.year, paragraphNumberText(document, p)));
  linkListShares(paragraphs);
  const bound: BoundAmount[] = [];
  const final = isFinalAccounts(document.meta.kind);
  for (const paragraph of paragraphs) {
    for (const claim of paragraph.amounts) {
      if (claim.figure.binding) {
        const figure = figureForReference(document, claim.figure.binding.reference);
        if (figure) bound.push({ claim, figure, explicit: true });
        continue;
      }
      if (claim.role !== 'current' || !claim.target) continue;
      // A 决算 restates its budget (年初预算为 …) beside the accounts: that figure is not in the tables.
      if (final && BUDGET_LEAD.test(claim.lead)) continue;
      if (claim.year !== undefined && document.meta.year !== undefined && claim.year !== document.meta.year) continue;
      const figure = figureForTarget(document, claim.target);
      if (figure) bound.push({ claim, figure, explicit: false });
    }
  }
  const statements = final ? paragraphs.flatMap(paragraphStatements) : [];
  if (final) linkFinalChanges(paragraphs, statements);
  return { paragraphs, bound, statements };
}

/** Shares stated in the paragraphs that follow a “…合计 X 万元，其中：” paragraph, one part per paragraph. */
function linkListShares(paragraphs: ParagraphClaims[]): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const whole = listWhole(paragraphs[i]!);
    if (!whole) continue;
    for (let j = i + 1; j < paragraphs.length; j++) {
      const item = paragraphs[j]!;
      if (item.shares.length > 0) break;
      const shares = continuedShares(item, whole);
      if (shares.length === 0) break;
      item.shares.push(...shares);
    }
  }
}
