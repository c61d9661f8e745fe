/**
 * Text → syntax tree → document model. The single entry point every feature uses.
 */
import { LineIndex } from '../syntax/lineIndex';
import { syntaxTreeSections } from '../syntax/parser';
import type { SyntaxTree } from '../syntax/syntaxTree';
import { BuildContext } from './context';
import { buildMeta, inferYear } from './metadata';
import { buildHeading } from './headings';
import { buildParagraph } from './paragraphs';
import { buildTable } from './tables';
import { glossaryEntry, isGlossaryHeading } from './glossary';
import { reportJunk } from './junk';
import type { Block, DisclosureDocument, DocumentMeta, GlossaryEntry, Heading, Paragraph, Table } from './types';

export function parseDocument(text: string, uri = 'untitled:document.disclosure'): DisclosureDocument {
  const lineIndex = new LineIndex(text);
  return buildDocument(text, lineIndex, syntaxTreeSections(text, lineIndex), uri);
}

/**
 * The document model of a parsed text, from its syntax tree in one or more sections (the tree is only read).
 * Sections are read one after the other and not kept: with syntaxTreeSections, a long document's tree is
 * parsed while the model is built and each section's nodes die young.
 */
export function buildDocument(text: string, lineIndex: LineIndex, sections: Iterable<SyntaxTree>, uri: string): DisclosureDocument {
  const context = new BuildContext(text, lineIndex);
  const parseErrors: SyntaxTree['parseErrors'] = [];
  let meta: DocumentMeta | undefined;
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const glossary: GlossaryEntry[] = [];
  const headingStack: Heading[] = [];
  let glossaryLevel: number | undefined;

  for (const section of sections) {
    for (const error of section.parseErrors) parseErrors.push(error);
    // The front matter comes with the first section.
    const sectionMeta = (meta ??= buildMeta(section.frontMatter, context));
    for (const node of section.blocks) {
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
          const table = buildTable(node, tables.length, sectionMeta.amountUnit, [...headingStack], context, sectionMeta.kind);
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
  }
  // The grammar's own complaints lead the findings, as they did when the whole tree was parsed first (normally
  // there are none).
  if (parseErrors.length > 0) {
    const built = context.findings.splice(0);
    for (const error of parseErrors) context.report('SYN010', 'error', `无法解析：${error.message}`, error.span);
    for (const finding of built) context.findings.push(finding);
  }
  meta ??= buildMeta(undefined, context); // no section at all: the header of a document without one
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
