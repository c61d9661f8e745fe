/** Checks one document, matches its findings to the truth and audits fix-all; sums documents into totals. */
import { readFileSync } from 'node:fs';
import { checkText } from '../../server/src/check';
import type { Severity } from '../../server/src/diagnostics/finding';
import type { AccuracyDocument } from './documents';
import { auditFixAll, type FixChange } from './fixAudit';
import { isFalse, matchFindings, SEVERITIES, type MatchedFinding } from './match';
import type { TruthClass, TruthEntry } from './truth';

type Counts = Record<Severity, { all: number; false: number }>;
type Recall = Record<TruthClass, { all: number; found: number }>;

export interface DocumentResult {
  name: string;
  hasTruth: boolean;
  counts: Counts;
  falseFindings: MatchedFinding[];
  entries: { entry: TruthEntry; severity?: Severity }[];
  recall: Recall;
  /** ROUND entries reported as errors. */
  roundAsError: TruthEntry[];
  fixChanges: FixChange[];
}

export interface Totals {
  entries: number;
  counts: Counts;
  recall: Recall;
  roundAsError: number;
  fixChanges: number;
  wrongFixChanges: number;
}

const emptyCounts = (): Counts => ({ error: { all: 0, false: 0 }, warning: { all: 0, false: 0 }, information: { all: 0, false: 0 }, hint: { all: 0, false: 0 } });
const emptyRecall = (): Recall => ({ MAJOR: { all: 0, found: 0 }, ROUND: { all: 0, found: 0 }, TEXT: { all: 0, found: 0 } });

/** MAJOR counts as found only at error or warning; ROUND and TEXT at any severity. */
function found(entry: TruthEntry, severity: Severity | undefined): boolean {
  if (severity === undefined) return false;
  return entry.class === 'MAJOR' ? severity === 'error' || severity === 'warning' : true;
}

export function evaluateDocument(document: AccuracyDocument): DocumentResult {
  const text = readFileSync(document.path, 'utf8');
  const { findings } = checkText(text, document.path);
  const match = matchFindings(findings, document.truth);
  const counts = emptyCounts();
  const falseFindings: MatchedFinding[] = [];
  for (const m of match.findings) {
    counts[m.finding.severity].all++;
    if (isFalse(m)) {
      counts[m.finding.severity].false++;
      falseFindings.push(m);
    }
  }
  const recall = emptyRecall();
  for (const { entry, severity } of match.entries) {
    recall[entry.class].all++;
    if (found(entry, severity)) recall[entry.class].found++;
  }
  const roundAsError = match.entries.filter((e) => e.entry.class === 'ROUND' && e.severity === 'error').map((e) => e.entry);
  return {
    name: document.name,
    hasTruth: document.truth !== undefined,
    counts,
    falseFindings,
    entries: match.entries,
    recall,
    roundAsError,
    fixChanges: auditFixAll(text, document.truth),
  };
}

export function sumResults(results: DocumentResult[]): Totals {
  const totals: Totals = { entries: 0, counts: emptyCounts(), recall: emptyRecall(), roundAsError: 0, fixChanges: 0, wrongFixChanges: 0 };
  for (const r of results) {
    totals.entries += r.entries.length;
    for (const s of SEVERITIES) {
      totals.counts[s].all += r.counts[s].all;
      totals.counts[s].false += r.counts[s].false;
    }
    for (const c of ['MAJOR', 'ROUND', 'TEXT'] as const) {
      totals.recall[c].all += r.recall[c].all;
      totals.recall[c].found += r.recall[c].found;
    }
    totals.roundAsError += r.roundAsError.length;
    totals.fixChanges += r.fixChanges.length;
    totals.wrongFixChanges += r.fixChanges.filter((c) => !c.allowed).length;
  }
  return totals;
}

/** The targets of the accuracy issue, as measured. */
export function targets(results: DocumentResult[], totals: Totals): { name: string; met: boolean; value: string }[] {
  const warnings = totals.counts.warning;
  const trueWarnings = warnings.all - warnings.false;
  const major = totals.recall.MAJOR;
  const falseInfoPerDocument = results.length === 0 ? 0 : totals.counts.information.false / results.length;
  const missingTruth = results.filter((r) => !r.hasTruth).map((r) => r.name);
  return [
    { name: 'every document has a truth file', met: missingTruth.length === 0, value: missingTruth.length === 0 ? 'all' : `missing: ${missingTruth.join(', ')}` },
    { name: 'no false finding of severity error', met: totals.counts.error.false === 0, value: String(totals.counts.error.false) },
    { name: '≥ 90 % of warnings true', met: warnings.all === 0 || trueWarnings / warnings.all >= 0.9, value: `${trueWarnings} / ${warnings.all}` },
    { name: '≥ 90 % of MAJOR found (error or warning)', met: major.all === 0 || major.found / major.all >= 0.9, value: `${major.found} / ${major.all}` },
    { name: 'ROUND never reported as error', met: totals.roundAsError === 0, value: String(totals.roundAsError) },
    { name: '≤ 1 false information note per document on average', met: falseInfoPerDocument <= 1, value: falseInfoPerDocument.toFixed(2) },
    { name: 'fix-all changes only figures the truth lists', met: totals.wrongFixChanges === 0, value: `${totals.wrongFixChanges} of ${totals.fixChanges}` },
  ];
}
