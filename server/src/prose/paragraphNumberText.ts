/**
 * A paragraph's text with full-width digits and number punctuation made ASCII (`normalizeNumberChars`, same
 * length as the text), computed once per paragraph: the claim reader and several rules (countMismatch,
 * statementYear, quantityParts, performanceTarget) read paragraphs this way. Kept per document model
 * (memoiseByObjectOf), so it lives as long as the model.
 */
import type { DisclosureDocument, Paragraph } from '../model/types';
import { normalizeNumberChars } from '../numeric/numberText';
import { memoiseByObjectOf } from '../memoise';

export const paragraphNumberText: (document: DisclosureDocument, paragraph: Paragraph) => string = memoiseByObjectOf(
  (paragraph: Paragraph, _document: DisclosureDocument) => normalizeNumberChars(paragraph.text),
);
