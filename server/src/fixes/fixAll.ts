/**
 * “Fix all” (`source.fixAll.disclosure`, `disclosure-check --fix`): applies every safe fix, re-checks,
 * and repeats, so corrections propagate bottom-up (项 → 款 → 类 → 合计, then across tables) — a fixed
 * 款 total changes the 类 total it feeds. Bounded; the result is one set of edits against the original
 * text that touches nothing but the corrected figures.
 */
import type { CheckSettings } from '../config/settings';
import { DEFAULT_SETTINGS } from '../config/settings';
import { checkText } from '../check';
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

export function fixAll(text: string, settings: CheckSettings = DEFAULT_SETTINGS): FixAllResult {
  let current = text;
  let rounds = 0;
  for (; rounds < MAX_ROUNDS; rounds++) {
    const edits = safeEdits(checkText(current, undefined, settings).findings);
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
    const x = a[line]!;
    const y = b[line]!;
    if (x === y) continue;
    let start = 0;
    while (start < x.length && start < y.length && x[start] === y[start]) start++;
    let endX = x.length;
    let endY = y.length;
    while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
      endX--;
      endY--;
    }
    // Widen to whole figures so the edit replaces a number, not a digit.
    while (start > 0 && /[\d.,]/.test(x[start - 1]!)) start--;
    while (endX < x.length && /[\d.,]/.test(x[endX]!)) {
      endX++;
      endY++;
    }
    edits.push({ range: { start: { line, character: start }, end: { line, character: endX } }, newText: y.slice(start, endY) });
  }
  return edits;
}
