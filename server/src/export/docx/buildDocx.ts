/**
 * The document model → a Word document (.docx bytes), laid out as a published disclosure: the blocks in
 * order, portrait sections for the text and landscape sections for wide tables (pages numbered on
 * throughout). Comments are not published; figures are printed exactly as the source writes them.
 */
import { Document, Packer, Paragraph, Table, type ISectionOptions } from 'docx';
import type { DisclosureDocument } from '../../model/types';
import { section, type Orientation } from './pageLayout';
import { documentTitle, glossaryByLine, headingParagraph, proseParagraph, titleParagraph } from './proseBlocks';
import { tableBlock, tableOrientation } from './tableBlock';
import { DOCUMENT_STYLES } from './typography';

/** Blocks grouped into sections: a new section whenever the page orientation changes. */
function sections(document: DisclosureDocument): ISectionOptions[] {
  const result: ISectionOptions[] = [];
  let orientation: Orientation = 'portrait';
  let children: (Paragraph | Table)[] = titleParagraph(document);
  const startSection = (next: Orientation): void => {
    if (next === orientation) return;
    if (children.length > 0) result.push(section(orientation, children));
    orientation = next;
    children = [];
  };
  const glossary = glossaryByLine(document);
  let parts = 0;
  for (const block of document.blocks) {
    switch (block.type) {
      case 'heading':
        startSection('portrait');
        children.push(headingParagraph(block, block.level === 1 && parts++ > 0));
        break;
      case 'paragraph':
        startSection('portrait');
        children.push(proseParagraph(block, glossary.get(block.range.start.line)));
        break;
      case 'table': {
        const wanted = tableOrientation(block);
        startSection(wanted);
        children.push(...tableBlock(block, wanted));
        break;
      }
      case 'comment':
        break;
    }
  }
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  result.push(section(orientation, children));
  return result;
}

export function buildDocx(document: DisclosureDocument): Document {
  const title = documentTitle(document) ?? '预算公开';
  return new Document({
    title,
    creator: '预算公开校对',
    description: title,
    styles: DOCUMENT_STYLES,
    sections: sections(document),
  });
}

/** The .docx file of a document. */
export async function exportDocx(document: DisclosureDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocx(document)));
}
