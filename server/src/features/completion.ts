/**
 * Completion: the registered contributors (classification codes …), glossary terms (the document's own and
 * the built-in ones) in prose, and the standard table names after `表：`.
 */
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import type { DisclosureDocument, Position, Range } from '../model/types';
import { TABLE_KIND_NAMES } from '../recognition/tableKinds';
import { completionContributors, type CompletionProposal } from './contributors';
import { safeCall, type ErrorSink } from './safeCall';
import { termSpellings } from './termIndex';

const KIND: Record<CompletionProposal['kind'], CompletionItemKind> = {
  code: CompletionItemKind.Value,
  term: CompletionItemKind.Text,
  table: CompletionItemKind.Struct,
  snippet: CompletionItemKind.Snippet,
};

/** How much of `word` the text before the cursor already ends with. */
function typedPrefixLength(before: string, word: string): number {
  for (let k = Math.min(word.length, before.length); k > 0; k--) {
    if (before.endsWith(word.slice(0, k))) return k;
  }
  return 0;
}

function replaceRange(position: Position, typed: number): Range {
  return { start: { line: position.line, character: position.character - typed }, end: position };
}

function toItem(p: CompletionProposal): CompletionItem {
  return {
    label: p.label,
    kind: KIND[p.kind],
    ...(p.detail ? { detail: p.detail } : {}),
    ...(p.documentation ? { documentation: { kind: 'markdown', value: p.documentation } } : {}),
    textEdit: { range: p.range, newText: p.insertText },
    ...(p.filterText ? { filterText: p.filterText } : {}),
    ...(p.sortText ? { sortText: p.sortText } : {}),
  };
}

function captionProposals(before: string, position: Position): CompletionProposal[] {
  const mark = /^表[：:][ \t\u3000]*/.exec(before);
  if (!mark) return [];
  const range: Range = { start: { line: position.line, character: mark[0].length }, end: position };
  return Object.entries(TABLE_KIND_NAMES)
    .filter(([kind]) => kind !== 'unknown')
    .map(([, name]) => ({ label: name, detail: '标准表名', insertText: name, range, kind: 'table' as const }));
}

function termProposals(document: DisclosureDocument, before: string, position: Position): CompletionProposal[] {
  const seen = new Set<string>();
  const proposals: CompletionProposal[] = [];
  for (const spelling of termSpellings(document)) {
    if (seen.has(spelling.text)) continue;
    seen.add(spelling.text);
    const typed = typedPrefixLength(before, spelling.text);
    const source = spelling.source;
    proposals.push({
      label: spelling.text,
      detail: source.kind === 'document' ? '名词解释（本文）' : '名词解释（内置）',
      documentation: source.kind === 'document' ? source.entry.definition : source.builtin.definition,
      insertText: spelling.text,
      range: replaceRange(position, typed),
      sortText: `${typed > 0 ? '0' : '1'}${spelling.text}`,
      kind: 'term',
    });
  }
  return proposals;
}

export function completionsAt(document: DisclosureDocument, position: Position, onError?: ErrorSink): CompletionItem[] {
  return proposalsAt(document, position, onError).map(toItem);
}

/**
 * The items for a line being typed, from the model parsed before the edit (the language server, when
 * proseLineEditKeepsStructure holds): the line's current text gives what was typed before the cursor.
 * Such a line is prose, where only the line-text proposals (table names after `表：`, glossary terms)
 * apply; the tables' code proposals never do.
 */
export function completionResultForEditedLine(document: DisclosureDocument, position: Position, lineText: string, onError?: ErrorSink): CompletionItem[] | CompletionList {
  return result(proposalsAt(document, position, onError, lineText));
}

/**
 * What the server answers: the items, as a list marked incomplete when a contributor says the editor
 * should ask again on the next keystroke (pinyin queries: the editor's fuzzy filter would keep names the
 * pinyin does not spell).
 */
export function completionResultAt(document: DisclosureDocument, position: Position, onError?: ErrorSink): CompletionItem[] | CompletionList {
  return result(proposalsAt(document, position, onError));
}

function result(proposals: CompletionProposal[]): CompletionItem[] | CompletionList {
  const items = proposals.map(toItem);
  return proposals.some((p) => p.incomplete) ? { isIncomplete: true, items } : items;
}

function proposalsAt(document: DisclosureDocument, position: Position, onError?: ErrorSink, lineText?: string): CompletionProposal[] {
  if (position.line < 0 || position.line >= document.lineIndex.lineCount) return [];
  const line = lineText ?? document.lineIndex.lineText(position.line);
  const before = line.slice(0, Math.max(0, Math.min(position.character, line.length)));
  const proposals: CompletionProposal[] = [];
  for (const contributor of completionContributors) {
    const result = safeCall('completion', () => contributor(document, position), onError);
    if (Array.isArray(result)) proposals.push(...result);
  }
  const captions = captionProposals(before, position);
  if (captions.length > 0) proposals.push(...captions);
  // In a code or name cell the codes are what is being typed; glossary terms there would only be noise.
  else if (!proposals.some((p) => p.kind === 'code')) proposals.push(...termProposals(document, before, position));
  return proposals;
}
