/**
 * A paragraph's text with full-width digits and number punctuation made ASCII (`normalizeNumberChars`, same
 * length as the text), computed once per paragraph: the claim reader and several rules (countMismatch, statementYear,
 * quantityParts, performanceTarget) read paragraphs this way. Kept in one map per document model, which lives as long as the model:
 * a single long-lived WeakMap keyed by every paragraph ever checked costs several times more per entry (its
 * table only sheds the entries of dead models when the collector runs).
 */
import type { DisclosureDocument, Paragraph } from '../model/types';
import { normalizeNumberChars } from '../numeric/numberText';
import { memoiseByObject } from '../memoise';

const numberTextsOf = memoiseByObject((_document: DisclosureDocument) => new Map<Paragraph, string>());

export function paragraphNumberText(document: DisclosureDocument, paragraph: Paragraph): string {
  const numberTexts = numberTextsOf(document)!;
  let text = numberTexts.get(paragraph);
  if (text === undefined) {
    text = normalizeNumberChars(paragraph.text);
    numberTexts.set(paragraph, text);
  }
  return text;
}
