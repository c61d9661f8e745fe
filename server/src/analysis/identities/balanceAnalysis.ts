/**
 * Every balance identity of a document, judged, with a fix plan for each failing one. Computed once per
 * document model (rules, hovers and fix-all share it).
 */
import type { Cell, DisclosureDocument, Table } from '../../model/types';
import { columnIdentities } from './columnIdentities';
import { crossTableIdentities } from './crossTableIdentities';
import { evaluate, type Evaluation } from './evaluate';
import { finalAccountsIdentities } from './finalAccountsIdentities';
import { hierarchyIdentities } from './hierarchyIdentities';
import { FixPlanner, type FixPlan } from './solver';
import { summaryIdentities } from './summaryIdentities';
import { cellKey } from './terms';
import { threePublicRowIdentities } from './threePublicRows';
import type { Identity, SkippedCheck } from './types';
import { keptOn, memoSlot } from '../../memoise';

export interface BalanceAnalysis {
  identities: Identity[];
  evaluations: Map<Identity, Evaluation>;
  /** Fix plans of the failing identities. */
  plans: Map<Identity, FixPlan>;
  skipped: SkippedCheck[];
  /** Identities whose total is a given cell (`table:row:column`). */
  byTarget: Map<string, Identity[]>;
  /** Identities that involve a table (as target or part). */
  byTable: Map<Table, Identity[]>;
  /** Identities that do not hold (errors and rounding differences) by rule id, in document order (each balance rule reports its own). */
  unbalancedByRule: Map<string, Identity[]>;
}

const ANALYSIS = memoSlot('balanceAnalysis');

/** Lists an identity once under a table (parts from one other table add it once). */
function addByTable(byTable: Map<Table, Identity[]>, table: Table, identity: Identity): void {
  const list = byTable.get(table);
  if (!list) byTable.set(table, [identity]);
  else if (list[list.length - 1] !== identity) list.push(identity);
}

function indexByTarget(identities: readonly Identity[]): Map<string, Identity[]> {
  const byTarget = new Map<string, Identity[]>();
  for (const identity of identities) {
    const key = cellKey(identity.target);
    const onCell = byTarget.get(key);
    if (onCell) onCell.push(identity);
    else byTarget.set(key, [identity]);
  }
  return byTarget;
}

function indexByTable(identities: readonly Identity[]): Map<Table, Identity[]> {
  const byTable = new Map<Table, Identity[]>();
  for (const identity of identities) {
    addByTable(byTable, identity.target.table, identity);
    for (const part of identity.parts) {
      if (part.table !== identity.target.table) addByTable(byTable, part.table, identity);
    }
  }
  return byTable;
}

/** Every identity the builders find, in document order (duplicates included). */
function buildIdentities(document: DisclosureDocument, skipped: SkippedCheck[]): Identity[] {
  const all: Identity[] = [];
  for (const table of document.tables) {
    columnIdentities(table, all);
    hierarchyIdentities(table, skipped, all);
    summaryIdentities(table, all);
    threePublicRowIdentities(table, all);
  }
  crossTableIdentities(document, skipped, all);
  finalAccountsIdentities(document, all);
  return all;
}

/**
 * Whether an identity of the same rule with the same key came before (several builders may find the same
 * one). Every key starts with the target's coordinates, so equal keys share the target cell: identities are
 * listed by target cell, and keys are only compared between identities of one cell (almost never), instead
 * of hashing every key.
 */
class RepeatFilter {
  private readonly byTarget = new Map<Cell, Identity | Identity[]>();

  isRepeat(identity: Identity): boolean {
    const cell = identity.target.cell;
    const earlier = this.byTarget.get(cell);
    if (earlier === undefined) {
      this.byTarget.set(cell, identity);
      return false;
    }
    const list = Array.isArray(earlier) ? earlier : [earlier];
    for (const other of list) if (other.ruleId === identity.ruleId && other.key === identity.key) return true;
    list.push(identity);
    if (list.length === 2) this.byTarget.set(cell, list);
    return false;
  }
}

/**
 * The analysis with its cell and table indexes built when first read (they serve hovers and a few rules).
 * A class, not an object literal with getters: each such literal gets a hidden class of its own, allocated in
 * the old generation, whose getters keep the whole model alive through young-generation collections.
 */
class Analysis implements BalanceAnalysis {
  private targetIndex: Map<string, Identity[]> | undefined;
  private tableIndex: Map<Table, Identity[]> | undefined;

  constructor(
    readonly identities: Identity[],
    readonly evaluations: Map<Identity, Evaluation>,
    readonly plans: Map<Identity, FixPlan>,
    readonly skipped: SkippedCheck[],
    readonly unbalancedByRule: Map<string, Identity[]>,
  ) {}

  get byTarget(): Map<string, Identity[]> {
    this.targetIndex ??= indexByTarget(this.identities);
    return this.targetIndex;
  }

  get byTable(): Map<Table, Identity[]> {
    this.tableIndex ??= indexByTable(this.identities);
    return this.tableIndex;
  }
}

export function balanceAnalysis(document: DisclosureDocument): BalanceAnalysis {
  return keptOn(document, ANALYSIS, () => analyse(document));
}

function analyse(document: DisclosureDocument): BalanceAnalysis {
  const skipped: SkippedCheck[] = [];
  const all = buildIdentities(document, skipped);
  // One identity per rule and key.
  const repeats = new RepeatFilter();
  const identities: Identity[] = [];
  const evaluations = new Map<Identity, Evaluation>();
  const unbalancedByRule = new Map<string, Identity[]>();
  // Only failing identities get a plan: most documents have none, and then no planner is needed.
  const failing: Identity[] = [];
  for (const identity of all) {
    if (repeats.isRepeat(identity)) continue;
    const evaluation = evaluate(identity);
    if (!evaluation) continue;
    identities.push(identity);
    evaluations.set(identity, evaluation);
    if (evaluation.agreement === 'consistent') continue;
    if (evaluation.agreement === 'error') failing.push(identity);
    const ofRule = unbalancedByRule.get(identity.ruleId);
    if (ofRule) ofRule.push(identity);
    else unbalancedByRule.set(identity.ruleId, [identity]);
  }
  const plans = new Map<Identity, FixPlan>();
  if (failing.length > 0) {
    const planner = new FixPlanner(identities, evaluations, failing);
    for (const identity of failing) {
      const plan = planner.plan(identity);
      if (plan) plans.set(identity, plan);
    }
  }
  return new Analysis(identities, evaluations, plans, skipped, unbalancedByRule);
}
