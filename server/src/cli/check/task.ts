/** What the main thread asks a worker to do with one file, and what comes back (plain, cloneable data). */
import type { CheckSettings } from '../../config/settings';
import type { Finding, Fix, Severity } from '../../diagnostics/finding';
import type { DetectedEncoding, EncodingOption } from '../input/decode';

export type FixMode = 'none' | 'write' | 'dry-run';

/**
 * What the chosen output reads of a report beyond each finding's id, severity, message, range and whether
 * it has a safe fix (run.ts decides): a worker sends back only that, since copying reports between threads
 * and keeping them until the end is a good part of what a batch costs besides the checks.
 */
export interface ReportNeeds {
  /** The source lines findings start on (the text output's excerpts). */
  sourceLines: boolean;
  /** Each finding's related locations (SARIF's relatedLocations). */
  related: boolean;
  /** The safe fixes themselves, their titles and edits (SARIF's fixes). */
  fixes: boolean;
}

/** A finding as a report carries it: what the output shows of it. */
export interface ReportedFinding extends Omit<Finding, 'fixes'> {
  /** A safe fix exists: `--fix` would correct it. */
  fixable: boolean;
  /** Its safe fixes, when the output shows them (`needs.fixes`) and there are any. */
  fixes?: Fix[];
}

export interface CheckTask {
  /** Position in the batch: results are reported in this order whatever finishes first. */
  index: number;
  /** As shown in the report; `-` for standard input. */
  file: string;
  /** The path to read (resolved); absent for standard input, whose bytes come in `bytes`. */
  readPath?: string;
  bytes?: Uint8Array;
  /** Why there is nothing to read (an empty folder, a glob without matches). */
  problem?: string;
  encoding: EncodingOption;
  settings: CheckSettings;
  /** `--rule`: only these rule ids (every other rule is turned off, for the check and for the fixes). */
  onlyRules?: string[];
  /** `--severity`: the least severe finding reported. */
  minSeverity: Severity;
  fix: FixMode;
  /** Absent: everything (sourceLines, related and fixes). */
  needs?: ReportNeeds;
}

/**
 * Sent to a worker after its last file: it closes its port and ends by itself (not terminated), so that
 * its launcher can write the code cache on the way out (launch.ts).
 */
export const NO_MORE_TASKS = 'no-more-tasks';

/** What the main thread sends a worker. */
export type WorkerMessage = CheckTask | typeof NO_MORE_TASKS;

export interface FixOutcome {
  /** Number of figures changed. */
  edits: number;
  /** The fixed text was written back (`--fix` without `--dry-run`). */
  written: boolean;
  /** Unified diff of the change (`--dry-run`), empty when nothing changed. */
  diff: string;
}

export interface FileReport {
  index: number;
  file: string;
  /** Safe fixes only when `needs.fixes`; related locations only when `needs.related`. */
  findings: ReportedFinding[];
  /** Set when the file could not be read or decoded; it is reported and the others still run. */
  readError?: string;
  encoding?: DetectedEncoding;
  /** The source lines the findings start on (0-based line → text), for the excerpts; empty unless `needs.sourceLines`. */
  lines: Record<number, string>;
  fix?: FixOutcome;
  /** Milliseconds spent on this file (read, decode, check, fix). */
  ms: number;
}
