/**
 * Balance identities (勾稽关系): a stated figure (the target) that must equal the sum of other figures
 * (the parts), within a table or between tables. Builders produce them; `evaluate` judges them by
 * interval arithmetic; the solver decides which figure a fix should replace.
 */
import type { BodyRow, Cell, Column, Table } from '../../model/types';

/** One figure of an identity: a cell of a table, with how to name it in messages. */
export interface Term {
  table: Table;
  row: BodyRow;
  column: Column;
  cell: Cell;
  /** Short name for computations: `基本支出`, `20805 行政事业单位养老支出`. */
  label: string;
  /** The row's name where the row holds several (side-by-side summary tables: the label beside the figure). */
  rowLabel?: string;
}

export interface Identity {
  /** Unique key (target cell and parts), so that builders never report one identity twice. */
  key: string;
  ruleId: string;
  target: Term;
  parts: Term[];
  /** What the identity says, in Chinese: `合计 = 基本支出 + 项目支出`, `类 = Σ款`. */
  relation: string;
  /**
   * The structure was inferred, not read (unnumbered lines taken as the parts of the numbered line above
   * them): a failure is a warning, never an error, and its fix is never applied unattended.
   */
  inferred?: boolean;
}

/** A comparison that was not made, and why (shown in the caption hover). */
export interface SkippedCheck {
  ruleId: string;
  table: Table;
  reason: string;
}
