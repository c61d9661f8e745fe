/**
 * PDF → ImportedDocument: pages (loadPdf) → elements per page (pageLayout: lines and ruled tables) →
 * page furniture dropped (furniture) → 目录 (toc) → table titles, attribute lines, notes and
 * continuations (tableBlocks) → headings and paragraphs (prose).
 */
import type { ImportedBlock, ImportedTable } from '../model';
import { dropFurniture } from './furniture';
import { groupLines, joinRuns } from './lines';
import { loadPdfPages, type PdfPage } from './loadPdf';
import { layoutPage, type PageElement, type TableElement, type TextLine } from './pageLayout';
import { pageMetrics, proseBlocks } from './prose';
import { appendContinuation, appendFragment, assignTableLines, captionText, importedTable } from './tableBlocks';
import { dropEmptyColumns } from '../cellGrid';
import { findToc } from './toc';
import { joinLetterSpaced } from '../text';
import { separateAttributes } from '../tableText';

export interface PdfImport {
  blocks: ImportedBlock[];
  pageCount: number;
  /** The text of every page's runs, for the figure audit (no figure may be lost). */
  pageTexts: string[];
}

function attributeLine(line: TextLine): string {
  return separateAttributes(line.chunks.map((c) => c.text.trim()).join(' '));
}

export function blocksFromPages(pages: PdfPage[]): ImportedBlock[] {
  const heights = new Map(pages.map((p) => [p.number, p.height]));
  const widths = new Map(pages.map((p) => [p.number, p.width]));
  const elements: PageElement[] = dropFurniture(pages.flatMap(layoutPage), heights);
  const toc = findToc(elements);
  const tocIndices = new Set(toc?.indices ?? []);
  const roles = assignTableLines(elements);
  const proseLines: TextLine[] = [];
  const metrics = pageMetrics(
    elements.filter((e, i): e is TextLine => e.kind === 'line' && !roles.has(i) && !tocIndices.has(i)),
    widths,
  );

  const blocks: ImportedBlock[] = [];
  let pendingProse: TextLine[] = [];
  let breaks = new Set<number>();
  let lastTable: ImportedTable | undefined;
  let lastElement: TableElement | undefined;
  const flushProse = (): void => {
    if (pendingProse.length > 0) blocks.push(...proseBlocks(pendingProse, metrics, breaks));
    pendingProse = [];
    breaks = new Set();
    proseLines.length = 0;
  };
  let caption: TextLine[] = [];
  let attributes: string[] = [];
  let attributeX: number[] = [];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (tocIndices.has(i)) {
      if (i === toc!.indices[0]) {
        // What precedes the 目录 is the cover: its lines are paragraphs, whatever their size.
        if (pendingProse.length > 0) blocks.push(...pendingProse.map((line): ImportedBlock => ({ type: 'paragraph', text: joinLetterSpaced(line.text), page: line.page })));
        pendingProse = [];
        flushProse();
        blocks.push({ type: 'toc', entries: toc!.entries });
        lastTable = undefined;
      }
      continue;
    }
    if (element.kind === 'line') {
      const role = roles.get(i);
      if (role === 'caption') caption.push(element);
      else if (role === 'attribute') {
        attributes.push(attributeLine(element));
        attributeX.push(element.line.x);
      } else if (role === 'attribute-continuation') {
        // Appended to the attribute line above it that starts at the same x.
        let target = attributeX.findIndex((x) => Math.abs(x - element.line.x) < 2);
        if (target < 0) target = attributes.length - 1;
        if (target >= 0) attributes[target] = `${attributes[target]}${element.text.replace(/\s+/g, '')}`;
      }
      else if (role === 'note') lastTable?.notes.push(element.text);
      else if (role === 'fragment') {
        if (lastTable) appendFragment(lastTable, element.text);
      }
      else {
        pendingProse.push(element);
        lastTable = undefined;
      }
      continue;
    }
    // A table without a title right after another table (page break or not) continues it.
    const table = importedTable(element);
    // (A table whose frame holds its own title starts a new table.)
    if (caption.length === 0 && attributes.length === 0 && lastTable && pendingProse.length === 0 && table.caption === '') {
      appendContinuation(lastTable, element, lastElement);
      lastElement = element;
      continue;
    }
    flushProse();
    table.page = caption[0]?.page ?? element.page;
    if (caption.length > 0) table.caption = captionText(caption);
    table.attributes = [...attributes, ...table.attributes];
    if (table.caption === '') table.comments.push(`导入：第 ${element.page} 页的表格没有找到标题，请补上`);
    blocks.push(table);
    lastTable = table;
    lastElement = element;
    caption = [];
    attributes = [];
    attributeX = [];
  }
  flushProse();
  for (const block of blocks) if (block.type === 'table') dropEmptyColumns(block);
  return blocks;
}

export async function importPdf(data: Uint8Array): Promise<PdfImport> {
  const pages = await loadPdfPages(data);
  return {
    blocks: blocksFromPages(pages),
    pageCount: pages.length,
    pageTexts: pages.map((p) => groupLines(p.runs).map((line) => joinRuns(line.runs)).join('\n')),
  };
}
