/** Document and range formatting: every table (or every table the range touches) is aligned. */
import type { TextEdit } from '../../diagnostics/finding';
import type { DisclosureDocument, Range } from '../../model/types';
import { formatTable, type FormatOptions } from './tableFormatter';

export type { FormatOptions };

export const DEFAULT_FORMAT_OPTIONS: FormatOptions = { normalizeNumbers: false, thousandsSeparator: 'auto' };

export function formatDocument(document: DisclosureDocument, options: FormatOptions = DEFAULT_FORMAT_OPTIONS): TextEdit[] {
  return document.tables.flatMap((table) => formatTable(document, table, options));
}

export function formatRange(
  document: DisclosureDocument,
  range: Range,
  options: FormatOptions = DEFAULT_FORMAT_OPTIONS,
): TextEdit[] {
  return document.tables
    .filter((t) => t.range.start.line <= range.end.line && t.range.end.line >= range.start.line)
    .flatMap((table) => formatTable(document, table, options));
}
