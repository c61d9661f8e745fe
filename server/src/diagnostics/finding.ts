/**
 * A finding: what a syntax check or a rule reports, before it becomes an LSP Diagnostic, a CLI line or a
 * preview marking. Fixes travel with it (in Diagnostic.data on the LSP side).
 */
import type { Range } from '../syntax/lineIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Chinese title shown in the light bulb, e.g. “将合计改为 8,132.86”. */
  title: string;
  edits: TextEdit[];
  /** The fix the editor should offer first. */
  preferred?: boolean;
  /**
   * True when the fix is determined (the right value is known, not a guess among candidates), so that
   * “fix all” (`source.fixAll.disclosure`, `disclosure-check --fix`) may apply it unattended.
   */
  safe?: boolean;
}

export interface RelatedLocation {
  range: Range;
  message: string;
  /** Another document (last year's disclosure); absent for the finding's own document. */
  uri?: string;
}

export interface Finding {
  /** Stable rule id, e.g. `BAL001`, `SYN004`. */
  ruleId: string;
  severity: Severity;
  /** Chinese message naming the expected and the found value and where both come from. */
  message: string;
  range: Range;
  fixes?: Fix[];
  related?: RelatedLocation[];
}
