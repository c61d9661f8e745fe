/**
 * “从上年文档新建”: next year's draft from last year's disclosure — structure, prose skeleton, tables, codes
 * and names kept; the budget year advanced; last year's figures moved into the 上年 columns; this year's
 * figures left for the drafter; classification codes that the new catalog edition renames or retires
 * flagged. Used by the editor command and by `disclosure-import --from-last-year`.
 */
import { shippedCatalog } from '../catalog/shippedCatalog';
import type { TextEdit } from '../diagnostics/finding';
import { formatDocument, DEFAULT_FORMAT_OPTIONS } from '../features/formatting/documentFormatter';
import { applyEdits } from '../fixes/textEdits';
import { parseDocument } from '../model/buildModel';
import { catalogFlags } from './catalogFlags';
import { metadataEdits } from './metadataDraft';
import { proseEdits } from './proseDraft';
import { tableEdits } from './tableDraft';
import { DEFAULT_PLACEHOLDER, type DraftNotice, type DraftOptions, type DraftResult } from './types';

export class DraftError extends Error {}

/** One insertion per line start (several comments above one table are joined). */
function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const byLine = new Map<number, TextEdit>();
  const others: TextEdit[] = [];
  for (const edit of edits) {
    const { start, end } = edit.range;
    const insertion = start.character === 0 && end.line === start.line && end.character === 0;
    if (!insertion) {
      others.push(edit);
      continue;
    }
    const existing = byLine.get(start.line);
    byLine.set(start.line, existing ? { range: edit.range, newText: existing.newText + edit.newText } : edit);
  }
  return [...others, ...byLine.values()];
}

export function draftNextYear(lastYearText: string, options: DraftOptions = {}): DraftResult {
  const document = parseDocument(lastYearText.replace(/^\uFEFF/, ''));
  const lastYear = document.meta.year;
  if (lastYear === undefined) throw new DraftError('上年文档没有写明年度（元数据“年度”），无法推算新年度。');
  const year = lastYear + 1;
  const edits: TextEdit[] = [
    ...metadataEdits(document, year, options.lastYearPath),
    ...proseEdits(document, lastYear, options.placeholder ?? DEFAULT_PLACEHOLDER, options.keepLastYearProse !== false),
    ...tableEdits(document, lastYear).edits,
  ];
  const flags = catalogFlags(document, options.catalog ?? shippedCatalog(), lastYear);
  for (const table of new Set(flags.map((f) => f.table))) {
    const line = (table.caption?.range ?? table.range).start.line;
    const messages = flags.filter((f) => f.table === table).map((f) => f.message);
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- 新版目录提示：${messages.join('')} -->\n\n` });
  }
  const drafted = applyEdits(document.text, mergeInsertions(edits));
  // Tables realigned after their cells changed width.
  const model = parseDocument(drafted);
  const text = applyEdits(drafted, formatDocument(model, DEFAULT_FORMAT_OPTIONS));
  const lines = text.split(/\r\n|\r|\n/);
  const notices: DraftNotice[] = [];
  for (const flag of flags) {
    const needle = flag.message;
    const line = lines.findIndex((l) => l.includes(needle));
    notices.push({ line: Math.max(0, line), message: flag.message });
  }
  return { text, notices, year };
}

/** The new draft's text (see `draftNextYear` for the notices). */
export function createNextYearDraft(lastYearText: string, options: DraftOptions = {}): string {
  return draftNextYear(lastYearText, options).text;
}
