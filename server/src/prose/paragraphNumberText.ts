/**
 * A paragraph's text with full-width digits and number punctuation made ASCII (`normalizeNumberChars`, same
 * length as the text), computed once per paragraph: the claim reader and several rules (PRO009, PRO011, PRO012,
 * PRO017, PRO018) read every paragraph this way. Keyed on the paragraph object, so it lives as long as the
 * document model it belongs to.
 */
import type { Paragraph } from '../model/types';
import { normalizeNumberChars } from '../numeric/numberText';
import { memoiseByObject } from '../memoise';

const numberTexts = memoiseByObject((paragraph: Paragraph): string => normalizeNumberChars(paragraph.text));

export function paragraphNumberText(paragraph: Paragraph): string {
  return numberTexts(paragraph)!;
}
