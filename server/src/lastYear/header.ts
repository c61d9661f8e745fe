/**
 * The few header facts that decide whether two documents are the same 单位 in consecutive years: read
 * from the metadata header alone (the rest of the file is not parsed), by the model's own header parser.
 */
import { parseDocument } from '../model/buildModel';
import { compactLabel } from '../model/labels';
import type { DisclosureDocument, DocumentMeta } from '../model/types';

export interface HeaderFacts {
  unit?: string;
  year?: number;
  /** 'final' for 决算, 'budget' for every kind of 预算. */
  family?: 'budget' | 'final';
  meta: DocumentMeta;
}

/** The first lines of a text (a leading BOM dropped), where the header is looked for. */
function headLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 80);
}

/** The line of the header's closing `---` among `lines` (-1 when not closed there). */
function closingLine(lines: string[]): number {
  return lines.findIndex((line, index) => index > 0 && line.trim() === '---');
}

/** The text up to the closing `---` of the header (or the first 60 lines when it is not closed). */
export function headerText(text: string): string {
  const lines = headLines(text);
  if (lines[0]?.trim() !== '---') return '';
  const close = closingLine(lines);
  return lines.slice(0, close > 0 ? close + 1 : Math.min(lines.length, 60)).join('\n');
}

export function familyOfKind(kind: string | undefined): HeaderFacts['family'] {
  if (!kind) return undefined;
  return /决算/.test(kind) ? 'final' : 'budget';
}

export function factsOfMeta(meta: DocumentMeta): HeaderFacts {
  const family = familyOfKind(meta.kind);
  return {
    ...(meta.unitName ? { unit: compactLabel(meta.unitName) } : {}),
    ...(meta.year !== undefined ? { year: meta.year } : {}),
    ...(family ? { family } : {}),
    meta,
  };
}

/** Header facts of a document's text (undefined when it has no header). */
export function headerFacts(text: string): HeaderFacts | undefined {
  const head = headerText(text);
  if (!head) return undefined;
  return factsOfMeta(parseDocument(head).meta);
}

/**
 * headerFacts(document.text), read from the document's own model instead of parsing its header a second
 * time (the CLI has the model anyway). The two are the same when the header is closed within the lines
 * headerText reads and the model's header spans exactly those lines: the parser reads a header line by
 * line (a fence, then key–value lines, each judged by its own text), so the header's lines give the same
 * entries alone or in the whole document; and a year the model inferred from a heading (the header alone
 * has none) is not one of the header's facts. Anything else — no header in the model, an unclosed one, a
 * BOM inside it — is left to headerFacts.
 */
export function headerFactsOfDocument(document: DisclosureDocument): HeaderFacts | undefined {
  const { text, meta, lineIndex } = document;
  const lines = headLines(text);
  if (lines[0]?.trim() !== '---') return undefined;
  const close = closingLine(lines);
  if (close <= 0 || meta.range === undefined || meta.range.start.line !== 0 || meta.range.end.line !== close) return headerFacts(text);
  const bom = text.indexOf('\uFEFF', 1);
  if (bom !== -1 && bom < lineIndex.offsetAt(meta.range.end)) return headerFacts(text);
  const facts = factsOfMeta(meta);
  if (meta.yearSource === 'heading') delete facts.year;
  return facts;
}
