/**
 * The few header facts that decide whether two documents are the same 单位 in consecutive years: read
 * from the metadata header alone (the rest of the file is not parsed), by the model's own header parser.
 */
import { parseDocument } from '../model/buildModel';
import { compactLabel } from '../model/labels';
import type { DocumentMeta } from '../model/types';

export interface HeaderFacts {
  unit?: string;
  year?: number;
  /** 'final' for 决算, 'budget' for every kind of 预算. */
  family?: 'budget' | 'final';
  meta: DocumentMeta;
}

/** The text up to the closing `---` of the header (or the first 60 lines when it is not closed). */
export function headerText(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 80);
  if (lines[0]?.trim() !== '---') return '';
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
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
