/** The new draft's metadata header: 年度 advanced, `上年文档` pointing at last year's file. */
import type { TextEdit } from '../diagnostics/finding';
import type { DisclosureDocument } from '../model/types';
import { LAST_YEAR_KEY } from '../lastYear/metadataKey';

export function metadataEdits(document: DisclosureDocument, year: number, lastYearPath: string | undefined): TextEdit[] {
  const meta = document.meta;
  const edits: TextEdit[] = [];
  const yearEntry = meta.entries.find((e) => e.key === '年度');
  if (yearEntry) edits.push({ range: yearEntry.valueRange, newText: String(year) });
  const link = meta.entries.find((e) => e.key === LAST_YEAR_KEY);
  if (lastYearPath !== undefined) {
    if (link) edits.push({ range: link.valueRange, newText: lastYearPath });
    else if (meta.range) {
      // Before the closing fence.
      const close = meta.range.end.line;
      edits.push({ range: { start: { line: close, character: 0 }, end: { line: close, character: 0 } }, newText: `${LAST_YEAR_KEY}: ${lastYearPath}\n` });
    }
  } else if (link) {
    // Last year's link pointed at the year before last: drop the line.
    edits.push({ range: { start: { line: link.range.start.line, character: 0 }, end: { line: link.range.start.line + 1, character: 0 } }, newText: '' });
  }
  return edits;
}
