/**
 * The fix audit: fix-all (the editor's “全部修正”, `disclosure-check --fix`) applied to a document may only
 * change figures that its truth file lists as involved in a real inconsistency — and, where the entry
 * says which figure is wrong, only that one. Anything else would overwrite a correct published figure.
 */
import { fixAll } from '../../server/src/fixes/fixAll';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import type { TruthFile } from './truth';

export interface FixChange {
  line: number;
  before: string;
  after: string;
  allowed: boolean;
}

const normalise = (text: string): string => text.replace(/[\s,，]/g, '');
const FIGURE = /^[-−]?[0-9０-９][0-9０-９.,．，]*%?$/;

export function auditFixAll(text: string, truth: TruthFile | undefined): FixChange[] {
  const { edits } = fixAll(text);
  const index = new LineIndex(text);
  const changes: FixChange[] = [];
  for (const edit of edits) {
    const before = text.slice(index.offsetAt(edit.range.start), index.offsetAt(edit.range.end));
    // Only figures are audited: a name put right (租房补贴 → 提租补贴) is not a figure.
    if (!FIGURE.test(before.trim()) && before.trim() !== '') continue;
    const line = edit.range.start.line + 1;
    changes.push({ line, before, after: edit.newText, allowed: allowedChange(truth, line, before) });
  }
  return changes;
}

function allowedChange(truth: TruthFile | undefined, line: number, before: string): boolean {
  for (const entry of truth?.findings ?? []) {
    const figures = entry.figures ?? [];
    const candidates = figures.some((f) => f.wrong) ? figures.filter((f) => f.wrong) : figures;
    if (candidates.some((f) => f.line === line && normalise(f.text) === normalise(before))) return true;
  }
  return false;
}
