/**
 * What a rule is: one check with a stable id, a Chinese title, a default severity, and a `check`
 * function that reports findings through its context. One rule per file (ESLint style), documented in
 * docs/rules.md and tested in test/rules/.
 */
import type { Finding, Fix, RelatedLocation, Severity } from '../diagnostics/finding';
import type { CheckSettings } from '../config/settings';
import type { DisclosureDocument, Range } from '../model/types';
import type { LastYearLink } from '../lastYear/types';

export type RuleCategory = 'syntax' | 'balance' | 'cross-table' | 'prose' | 'three-public' | 'codes' | 'last-year' | 'internal';

export interface RuleReport {
  range: Range;
  message: string;
  /** Defaults to the rule's severity (after the user's override). */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export interface RuleContext {
  readonly document: DisclosureDocument;
  readonly settings: CheckSettings;
  /** Last year's disclosure linked to this document (`上年文档`, or found beside it), when the host found one. */
  readonly lastYear?: LastYearLink;
  report(report: RuleReport): void;
  /**
   * Memoises a per-document computation shared by several rules (table recognition, prose claims, …):
   * the first caller computes it, later callers get the same value.
   */
  shared<T>(key: string, compute: () => T): T;
}

export interface Rule {
  /** Stable id: three capitals and three digits, e.g. `BAL001`. */
  id: string;
  /** Short Chinese title, e.g. “合计与明细不平衡”. */
  title: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  check(context: RuleContext): void;
}

export type { Finding };
