/** Go to definition: a term → its 名词解释 entry; plus the definition contributors (prose figure → cell). */
import type { LocationLink } from 'vscode-languageserver';
import type { DisclosureDocument, Position } from '../model/types';
import { definitionContributors, type DefinitionTarget } from './contributors';
import { safeCall, type ErrorSink } from './safeCall';
import { termAt } from './termIndex';

function glossaryDefinition(document: DisclosureDocument, position: Position): DefinitionTarget | undefined {
  const occurrence = termAt(document, position);
  if (!occurrence || occurrence.source.kind !== 'document') return undefined;
  const entry = occurrence.source.entry;
  return { originRange: occurrence.range, targetRange: entry.range, targetSelectionRange: entry.termRange };
}

export function definitionsAt(document: DisclosureDocument, position: Position, onError?: ErrorSink): LocationLink[] {
  const targets: DefinitionTarget[] = [];
  for (const contributor of definitionContributors) {
    const target = safeCall('definition', () => contributor(document, position), onError);
    if (target) targets.push(target);
  }
  const glossary = glossaryDefinition(document, position);
  if (glossary) targets.push(glossary);
  return targets.map((t) => ({
    originSelectionRange: t.originRange,
    targetUri: document.uri,
    targetRange: t.targetRange,
    targetSelectionRange: t.targetSelectionRange,
  }));
}
