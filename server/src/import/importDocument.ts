/**
 * The importers' front door: a file's bytes and name → `.disclosure` text. Picks the producer by the
 * file's extension (.pdf, .docx, .xlsx), infers the metadata, audits the figures (a figure of the source
 * missing from the result becomes a comment, never a silent loss) and writes the text.
 */
import { extname } from 'node:path';
import { missingFigures } from './figureAudit';
import { inferMetadata } from './metadata';
import type { ImportedBlock, ImportedDocument } from './model';
import { writeDisclosureWithPages } from './writer';

export const IMPORTABLE_EXTENSIONS = ['.pdf', '.docx', '.xlsx'] as const;

export function isImportable(path: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

export interface ImportResult {
  text: string;
  /** For each line of `text`, the source page (PDF) its block came from, when known. */
  pages: (number | undefined)[];
  document: ImportedDocument;
  /** Figures of the source not found in the text (figure → how many times). */
  missing: Map<string, number>;
  pageCount?: number;
}

interface Produced {
  blocks: ImportedBlock[];
  /** The source's text, for the figure audit; per page for a PDF. */
  sourceTexts: string[];
  pageCount?: number;
  description: string;
}

async function produce(bytes: Uint8Array, name: string): Promise<Produced> {
  const extension = extname(name).toLowerCase();
  switch (extension) {
    case '.pdf': {
      const { importPdf } = await import('./pdf/importPdf');
      const result = await importPdf(bytes);
      return { blocks: result.blocks, sourceTexts: result.pageTexts, pageCount: result.pageCount, description: `共 ${result.pageCount} 页` };
    }
    case '.docx': {
      const { importDocx } = await import('./docx');
      const result = await importDocx(bytes);
      return { blocks: result.blocks, sourceTexts: [result.text], description: 'Word 文档' };
    }
    case '.xlsx': {
      const { importXlsx } = await import('./xlsx');
      const result = await importXlsx(bytes);
      return { blocks: result.blocks, sourceTexts: result.sheetTexts, description: `共 ${result.sheetTexts.length} 个工作表` };
    }
    default:
      throw new Error(`无法导入“${name}”：只支持 .pdf、.docx、.xlsx 文件。`);
  }
}

/** Several sources (a -a/-b pair of PDFs) become one document, in the order given. */
export async function importFiles(files: { bytes: Uint8Array; name: string }[]): Promise<ImportResult> {
  const blocks: ImportedBlock[] = [];
  const sourceTexts: string[] = [];
  const descriptions: string[] = [];
  let pageCount = 0;
  for (const file of files) {
    const produced = await produce(file.bytes, file.name);
    blocks.push(...produced.blocks);
    sourceTexts.push(...produced.sourceTexts);
    descriptions.push(`${file.name}（${produced.description}）`);
    pageCount += produced.pageCount ?? 0;
  }
  const document: ImportedDocument = {
    meta: inferMetadata(blocks),
    blocks,
    source: `导入自 ${descriptions.join('、')}；请核对标有“导入：”的注释`,
  };
  let written = writeDisclosureWithPages(document);
  const missing = missingFigures(sourceTexts.join('\n'), written.text);
  if (missing.size > 0) {
    const list = [...missing].map(([figure, count]) => (count > 1 ? `${figure}（${count} 处）` : figure)).join('、');
    document.blocks.push({ type: 'comment', text: `导入：原文中的这些数字未出现在导入结果中，请对照原文补上：${list}` });
    written = writeDisclosureWithPages(document);
  }
  return { text: written.text, pages: written.pages, document, missing, ...(pageCount > 0 ? { pageCount } : {}) };
}

export async function importFile(bytes: Uint8Array, name: string): Promise<ImportResult> {
  return importFiles([{ bytes, name }]);
}
