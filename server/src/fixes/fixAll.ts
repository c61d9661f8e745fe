/**
 * “Fix all” (`source.fixAll.disclosure`, `disclosure-check --fix`): applies every safe fix, re-checks,
 * and repeats, so corrections propagate bottom-up (项 → 款 → 类 → 合计, then across tables) — a fixed
 * 款 total changes the 类 total it feeds. Bounded; the result is one set of edits against the original
 * text that touches nothing but the corrected figures.
 */
import type { CheckSettings } from '../config/settings';
import { DEFAULT_SETTINGS } from '../config/settings';
import { checkText } from '../check';
import type { LastYearSource } from '../lastYear/types';
import type { Finding, TextEdit } from '../diagnostics/finding';
import { applyEdits, nonOverlapping } from './textEdits';

const MAX_ROUNDS = 8;

/** The safe edits of one round: the preferred safe fix of each finding, without overlaps. */
export function safeEdits(findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.safe && f.preferred) ?? finding.fixes?.find((f) => f.safe);
    if (fix) edits.push(...fix.edits);
  }
  return nonOverlapping(edits);
}

export interface FixAllResult {
  text: string;
  /** Edits against the original text (for the editor's WorkspaceEdit and the CLI's diff). */
  edits: TextEdit[];
  rounds: number;
}

export function fixAll(text: string, settings: CheckSettings = DEFAULT_SETTINGS, options: { lastYear?: LastYearSource } = {}): FixAllResult {
  let current = text;
  let rounds = 0;
  for (; rounds < MAX_ROUNDS; rounds++) {
    const edits = safeEdits(checkText(current, undefined, settings, options).findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return { text: current, edits: diffAsLineEdits(text, current), rounds };
}

/**
 * The difference between two texts as edits on whole changed tokens, line by line. Fixes only replace
 * figures in place (never add or remove lines), so a per-line diff of the changed span is exact.
 */
export function diffAsLineEdits(before: string, after: string): TextEdit[] {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  if (a.length !== b.length) {
    const lastLine = a.length - 1;
    return [{ range: { start: { line: 0, character: 0 }, end: { line: lastLine, character: a[lastLine]!.length } }, newText: after }];
  }
  const edits: TextEdit[] = [];
  for (let line = 0; line < a.length; line++) {
    if (a[line] !== b[line]) edits.push(...lineEdits(line, a[line]!, b[line]!));
  }
  return edits;
}

/** Figures and everything between them, so a changed line is compared figure by figure. */
const PIECES = /[0-9０-９][0-9０-９.,．，]*|[^0-9０-９]+/g;

/** Edits for one changed line: one per changed figure when the lines differ only in figures. */
function lineEdits(line: number, before: string, after: string): TextEdit[] {
  const x = before.match(PIECES) ?? [];
  const y = after.match(PIECES) ?? [];
  if (x.length === y.length) {
    const edits: TextEdit[] = [];
    let offset = 0;
    for (let i = 0; i < x.length; i++) {
      const old = x[i]!;
      if (old !== y[i]) {
        edits.push({ range: { start: { line, character: offset }, end: { line, character: offset + old.length } }, newText: y[i]! });
      }
      offset += old.length;
    }
    return edits;
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endX = before.length;
  let endY = after.length;
  while (endX > start && endY > start && before[endX - 1] === after[endY - 1]) {
    endX--;
    endY--;
  }
  return [{ range: { start: { line, character: start }, end: { line, character: endX } }, newText: after.slice(start, endY) }];
}
