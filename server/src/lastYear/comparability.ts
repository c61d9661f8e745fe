/**
 * Whether last year's linked document may be compared with this one: the same 单位, the year before, the
 * same kind of disclosure (预算 with 预算, 决算 with 决算). Anything else is reported once (LYR002) and
 * nothing is compared.
 */
import { compactLabel } from '../model/labels';
import type { DisclosureDocument } from '../model/types';
import { familyOfKind } from './header';
import type { LastYearLink } from './types';

export type Incomparability =
  | { kind: 'unit'; mine: string; theirs: string }
  | { kind: 'year'; mine?: number; theirs?: number }
  | { kind: 'family'; mine: string; theirs: string };

/** Why the two documents may not be compared; undefined when they may. */
export function incomparability(document: DisclosureDocument, last: DisclosureDocument): Incomparability | undefined {
  const mine = document.meta;
  const theirs = last.meta;
  if (mine.year === undefined || theirs.year === undefined || theirs.year !== mine.year - 1) {
    return { kind: 'year', ...(mine.year !== undefined ? { mine: mine.year } : {}), ...(theirs.year !== undefined ? { theirs: theirs.year } : {}) };
  }
  if (!mine.unitName || !theirs.unitName || compactLabel(mine.unitName) !== compactLabel(theirs.unitName)) {
    return { kind: 'unit', mine: mine.unitName ?? '（未写明）', theirs: theirs.unitName ?? '（未写明）' };
  }
  const a = familyOfKind(mine.kind) ?? 'budget';
  const b = familyOfKind(theirs.kind) ?? 'budget';
  if (a !== b) return { kind: 'family', mine: mine.kind ?? '预算', theirs: theirs.kind ?? '预算' };
  return undefined;
}

/** Last year's document when it is linked, readable and comparable; otherwise undefined. */
export function comparableLastYear(document: DisclosureDocument, link: LastYearLink | undefined): Extract<LastYearLink, { status: 'found' }> | undefined {
  if (!link || link.status !== 'found') return undefined;
  return incomparability(document, link.document) ? undefined : link;
}
