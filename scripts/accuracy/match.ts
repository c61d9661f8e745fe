/**
 * Matching the checker's findings to a truth file: a finding is true when its range touches a line of
 * some truth entry (its `line`, `otherLines` or a figure's line); an entry is found at the highest
 * severity of the findings that touch it.
 */
import type { Finding, Severity } from '../../server/src/diagnostics/finding';
import { entryLines, type TruthEntry, type TruthFile } from './truth';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

export interface MatchedFinding {
  finding: Finding;
  /** 1-based first line of the finding. */
  line: number;
  entries: TruthEntry[];
  /** It touches a case the truth leaves undecided (and no decided one). */
  uncertain: boolean;
}

export interface DocumentMatch {
  findings: MatchedFinding[];
  /** Each truth entry with the highest severity at which it was reported (undefined: missed). */
  entries: { entry: TruthEntry; severity?: Severity }[];
}

export function matchFindings(findings: readonly Finding[], truth: TruthFile | undefined): DocumentMatch {
  const entries = (truth?.findings ?? []).map((entry) => ({ entry, lines: entryLines(entry), severity: undefined as Severity | undefined }));
  const undecided = (truth?.uncertain ?? []).filter((u) => Number.isInteger(u.line)).map(entryLines);
  const matched: MatchedFinding[] = [];
  for (const finding of findings) {
    const first = finding.range.start.line + 1;
    const last = finding.range.end.line + 1;
    const hits = entries.filter((e) => [...e.lines].some((line) => line >= first && line <= last));
    for (const hit of hits) {
      if (hit.severity === undefined || RANK[finding.severity] > RANK[hit.severity]) hit.severity = finding.severity;
    }
    const touches = (lines: Set<number>): boolean => [...lines].some((line) => line >= first && line <= last);
    matched.push({ finding, line: first, entries: hits.map((h) => h.entry), uncertain: hits.length === 0 && undecided.some(touches) });
  }
  return { findings: matched, entries: entries.map(({ entry, severity }) => ({ entry, severity })) };
}

/**
 * A finding that is false at its severity: it matches no entry, or it is an error that matches only
 * rounding entries (a rounding difference is never an error) or only undecided ones (an error must be proven).
 */
export function isFalse(match: MatchedFinding): boolean {
  if (match.uncertain) return match.finding.severity === 'error';
  if (match.entries.length === 0) return true;
  if (match.finding.severity === 'error') return match.entries.every((e) => e.class === 'ROUND');
  return false;
}
