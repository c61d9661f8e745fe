/**
 * Every balance identity of a document, judged, with a fix plan for each failing one. Computed once per
 * document model (rules, hovers and fix-all share it).
 */
import type { DisclosureDocument, Table } from '../../model/types';
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
}

const cache = new WeakMap<DisclosureDocument, BalanceAnalysis>();

/** Lists an identity once under a table (parts from one other table add it once). */
function addByTable(byTable: Map<Table, Identity[]>, table: Table, identity: Identity): void {
  const list = byTable.get(table);
  if (!list) byTable.set(table, [identity]);
  else if (list[list.length - 1] !== identity) list.push(identity);
}

export function balanceAnalysis(document: DisclosureDocument): BalanceAnalysis {
  const cached = cache.get(document);
  if (cached) return cached;
  const skipped: SkippedCheck[] = [];
  const all: Identity[] = [];
  for (const table of document.tables) {
    all.push(...columnIdentities(table), ...hierarchyIdentities(table, skipped), ...summaryIdentities(table), ...threePublicRowIdentities(table));
  }
  all.push(...crossTableIdentities(document, skipped), ...finalAccountsIdentities(document));
  const seen = new Set<string>();
  const identities: Identity[] = [];
  const evaluations = new Map<Identity, Evaluation>();
  for (const identity of all) {
    const key = `${identity.ruleId}|${identity.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const evaluation = evaluate(identity);
    if (!evaluation) continue;
    identities.push(identity);
    evaluations.set(identity, evaluation);
  }
  const plans = new Map<Identity, FixPlan>();
  // Only failing identities get a plan: most documents have none, and then no planner is needed.
  const failing = identities.filter((identity) => evaluations.get(identity)!.agreement === 'error');
  if (failing.length > 0) {
    const planner = new FixPlanner(identities, evaluations);
    for (const identity of failing) {
      const plan = planner.plan(identity);
      if (plan) plans.set(identity, plan);
    }
  }
  const byTarget = new Map<string, Identity[]>();
  const byTable = new Map<Table, Identity[]>();
  for (const identity of identities) {
    const key = cellKey(identity.target);
    const onCell = byTarget.get(key);
    if (onCell) onCell.push(identity);
    else byTarget.set(key, [identity]);
    addByTable(byTable, identity.target.table, identity);
    for (const part of identity.parts) {
      if (part.table !== identity.target.table) addByTable(byTable, part.table, identity);
    }
  }
  const result: BalanceAnalysis = { identities, evaluations, plans, skipped, byTarget, byTable };
  cache.set(document, result);
  return result;
}
