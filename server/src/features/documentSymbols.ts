/** Document symbols: the outline of headings (nested by level) with the tables under each heading. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { DisclosureDocument, Range, Table } from '../model/types';
import { TABLE_KIND_NAMES } from '../recognition/tableKinds';
import { sectionTree, type Section } from './sections';

function contains(outer: Range, inner: Range): boolean {
  const startsAfter =
    inner.start.line > outer.start.line ||
    (inner.start.line === outer.start.line && inner.start.character >= outer.start.character);
  const endsBefore =
    inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character);
  return startsAfter && endsBefore;
}

function tableSymbol(table: Table): DocumentSymbol {
  const name = table.caption?.text.trim() || `表 ${table.index + 1}（无表题）`;
  const selection = table.caption && contains(table.range, table.caption.range) ? table.caption.range : table.range;
  const details = [table.kind !== 'unknown' ? TABLE_KIND_NAMES[table.kind] : undefined, `${table.body.length} 行`, `单位：${table.unit}`];
  return {
    name,
    detail: details.filter((d) => d !== undefined).join(' · '),
    kind: SymbolKind.Struct,
    range: table.range,
    selectionRange: selection,
  };
}

export function documentSymbols(document: DisclosureDocument): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const byHeading = new Map<unknown, DocumentSymbol>();
  const build = (section: Section): DocumentSymbol => {
    const symbol: DocumentSymbol = {
      name: section.heading.text.trim() || '（空标题）',
      kind: SymbolKind.Namespace,
      range: section.range,
      selectionRange: section.heading.range,
      children: section.children.map(build),
    };
    byHeading.set(section.heading, symbol);
    return symbol;
  };
  roots.push(...sectionTree(document).map(build));
  for (const table of document.tables) {
    const owner = table.headingPath.length > 0 ? byHeading.get(table.headingPath[table.headingPath.length - 1]) : undefined;
    const symbol = tableSymbol(table);
    if (owner && contains(owner.range, symbol.range)) owner.children!.push(symbol);
    else roots.push(symbol);
  }
  const byStart = (a: DocumentSymbol, b: DocumentSymbol): number =>
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  const sortDeep = (symbols: DocumentSymbol[]): void => {
    symbols.sort(byStart);
    for (const s of symbols) if (s.children) sortDeep(s.children);
  };
  sortDeep(roots);
  return roots;
}
