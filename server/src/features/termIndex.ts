/**
 * Where glossary terms occur: the document's own 名词解释 entries and the built-in standard terms, and
 * which of them a position in the text is on. Cached per parsed document (one model per version).
 */
import type { DisclosureDocument, GlossaryEntry, Position, Range } from '../model/types';
import { BUILTIN_GLOSSARY, type BuiltinTerm } from './builtinGlossary';
import { keptOn, memoSlot } from '../memoise';

export type TermSource =
  | { kind: 'document'; entry: GlossaryEntry }
  | { kind: 'builtin'; builtin: BuiltinTerm };

export interface TermSpelling {
  /** The text searched for. */
  text: string;
  /** The canonical term (the document's spelling, or the built-in term). */
  term: string;
  source: TermSource;
}

export interface TermOccurrence extends TermSpelling {
  range: Range;
}

/** Compares terms regardless of quote style, bracket width and white space. */
export function termKey(term: string): string {
  return term
    .replace(/[\s\u3000]/g, '')
    .replace(/[“”"「」]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

const SPELLINGS = memoSlot('termSpellings');

/** All spellings to look for, longest first, the document's own definitions taking precedence. */
export function termSpellings(document: DisclosureDocument): TermSpelling[] {
  return keptOn(document, SPELLINGS, () => readTermSpellings(document));
}

function readTermSpellings(document: DisclosureDocument): TermSpelling[] {
  const spellings: TermSpelling[] = [];
  const byKey = new Map<string, GlossaryEntry>();
  for (const entry of document.glossary) {
    if (entry.term.length < 2) continue;
    const key = termKey(entry.term);
    if (byKey.has(key)) continue;
    byKey.set(key, entry);
    spellings.push({ text: entry.term, term: entry.term, source: { kind: 'document', entry } });
  }
  const seen = new Set(spellings.map((s) => s.text));
  for (const builtin of BUILTIN_GLOSSARY) {
    const texts = [builtin.term, ...(builtin.aliases ?? [])];
    const defined = texts.map((t) => byKey.get(termKey(t))).find((e) => e !== undefined);
    for (const text of texts) {
      if (seen.has(text)) continue;
      seen.add(text);
      spellings.push(
        defined
          ? { text, term: defined.term, source: { kind: 'document', entry: defined } }
          : { text, term: builtin.term, source: { kind: 'builtin', builtin } },
      );
    }
  }
  spellings.sort((a, b) => b.text.length - a.text.length);
  return spellings;
}

/** The longest term occurrence that covers `position`, if any. */
export function termAt(document: DisclosureDocument, position: Position): TermOccurrence | undefined {
  if (position.line < 0 || position.line >= document.lineIndex.lineCount) return undefined;
  const line = document.lineIndex.lineText(position.line);
  if (line.length === 0) return undefined;
  const character = position.character;
  for (const spelling of termSpellings(document)) {
    const length = spelling.text.length;
    let from = Math.max(0, character - length);
    while (from <= character) {
      const at = line.indexOf(spelling.text, from);
      if (at < 0 || at > character) break;
      if (character <= at + length) {
        return {
          ...spelling,
          range: { start: { line: position.line, character: at }, end: { line: position.line, character: at + length } },
        };
      }
      from = at + 1;
    }
  }
  return undefined;
}
