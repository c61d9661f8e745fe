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
  const planner = new FixPlanner(identities, evaluations);
  const plans = new Map<Identity, FixPlan>();
  for (const identity of identities) {
    const plan = planner.plan(identity);
    if (plan) plans.set(identity, plan);
  }
  const byTarget = new Map<string, Identity[]>();
  const byTable = new Map<Table, Identity[]>();
  for (const identity of identities) {
    const key = cellKey(identity.target);
    const onCell = byTarget.get(key);
    if (onCell) onCell.push(identity);
    else byTarget.set(key, [identity]);
    const tables = new Set([identity.target.table, ...identity.parts.map((p) => p.table)]);
    for (const table of tables) {
      const list = byTable.get(table);
      if (list) list.push(identity);
      else byTable.set(table, [identity]);
    }
  }
  const result: BalanceAnalysis = { identities, evaluations, plans, skipped, byTarget, byTable };
  cache.set(document, result);
  return result;
}
