/**
 * Text → syntax tree → document model. The single entry point every feature uses.
 */
import { LineIndex } from '../syntax/lineIndex';
import { parseSyntaxTree } from '../syntax/parser';
import type { SyntaxTree } from '../syntax/syntaxTree';
import { BuildContext } from './context';
import { buildMeta, inferYear } from './metadata';
import { buildHeading } from './headings';
import { buildParagraph } from './paragraphs';
import { buildTable } from './tables';
import { glossaryEntry, isGlossaryHeading } from './glossary';
import { reportJunk } from './junk';
import type { Block, DisclosureDocument, GlossaryEntry, Heading, Paragraph, Table } from './types';

export function parseDocument(text: string, uri = 'untitled:document.disclosure'): DisclosureDocument {
  const lineIndex = new LineIndex(text);
  return buildDocument(text, lineIndex, parseSyntaxTree(text, lineIndex), uri);
}

/** The document model of a parsed text (the tree is only read). */
export function buildDocument(text: string, lineIndex: LineIndex, tree: SyntaxTree, uri: string): DisclosureDocument {
  const context = new BuildContext(text, lineIndex);
  for (const error of tree.parseErrors) {
    context.report('SYN010', 'error', `无法解析：${error.message}`, error.span);
  }
  const meta = buildMeta(tree.frontMatter, context);

  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const glossary: GlossaryEntry[] = [];
  const headingStack: Heading[] = [];
  let glossaryLevel: number | undefined;

  for (const node of tree.blocks) {
    switch (node.type) {
      case 'heading': {
        const heading = buildHeading(node, context);
        while (headingStack.length > 0 && headingStack[headingStack.length - 1]!.level >= heading.level) {
          headingStack.pop();
        }
        headingStack.push(heading);
        if (glossaryLevel !== undefined && heading.level <= glossaryLevel) glossaryLevel = undefined;
        if (isGlossaryHeading(heading.title)) glossaryLevel = heading.level;
        headings.push(heading);
        blocks.push(heading);
        break;
      }
      case 'paragraph': {
        const paragraph = buildParagraph(node, [...headingStack], context);
        paragraphs.push(paragraph);
        blocks.push(paragraph);
        if (glossaryLevel !== undefined) {
          const entry = glossaryEntry(paragraph);
          if (entry) glossary.push(entry);
        }
        break;
      }
      case 'table': {
        const table = buildTable(node, tables.length, meta.amountUnit, [...headingStack], context, meta.kind);
        tables.push(table);
        blocks.push(table);
        break;
      }
      case 'comment':
        blocks.push({ type: 'comment', text: text.slice(node.start, node.end).trim(), range: context.range(node) });
        break;
      case 'break':
        break;
    }
  }
  inferYear(meta, headings);
  reportJunk(context);

  return {
    uri,
    text,
    lineIndex,
    meta,
    blocks,
    headings,
    paragraphs,
    tables,
    glossary,
    syntaxFindings: context.findings,
  };
}
