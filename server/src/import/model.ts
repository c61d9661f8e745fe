/**
 * The format-neutral result of an import: a document as a list of blocks, before it is written as
 * `.disclosure` text (writer.ts). Every producer (pdf/, docx.ts, xlsx.ts) builds one of these; the
 * metadata is inferred afterwards from the blocks (metadata.ts).
 */

/** The source page a block starts on (PDF), so findings in the imported text can name it. */
interface OnPage {
  page?: number;
}

export interface ImportedHeading extends OnPage {
  type: 'heading';
  /** 1 … 6 (the number of `#`). */
  level: number;
  text: string;
}

export interface ImportedParagraph extends OnPage {
  type: 'paragraph';
  /** One paragraph, its lines already joined. */
  text: string;
}

/** `<!-- … -->`: an uncertainty of the import (`导入：…`) or a remark, at the place it concerns. */
export interface ImportedComment {
  type: 'comment';
  text: string;
}

/** The 目录 (table of contents): its entries without the page numbers and dot leaders. */
export interface ImportedToc {
  type: 'toc';
  entries: string[];
}

export interface ImportedTable extends OnPage {
  type: 'table';
  /** The printed title (number and name), without `表：`. */
  caption: string;
  /** `键：值` lines printed between the title and the table (`编制部门：…`, `单位：万元`). */
  attributes: string[];
  /**
   * Header rows top-down, each as wide as the table: a merged header cell repeats its label to the
   * right and is left empty below (the format's merge convention, docs/format.md §4.3).
   */
  header: string[][];
  /** Body rows; a cell merged with the one above is `^`, with the one on its left `<`. */
  body: string[][];
  /** Lines printed directly below the table (`注：…`, `本表无数据`). */
  notes: string[];
  /** Uncertainties about single cells or rows: written as comments just above the table. */
  comments: string[];
}

export type ImportedBlock = ImportedHeading | ImportedParagraph | ImportedComment | ImportedToc | ImportedTable;

export interface ImportedMetadata {
  unitName?: string;
  year?: number;
  kind?: string;
  amountUnit?: string;
  /** What was guessed rather than read, one remark per key (written as comments below the header). */
  guesses: string[];
}

export interface ImportedDocument {
  meta: ImportedMetadata;
  blocks: ImportedBlock[];
  /** Where it came from, for the first comment (`导入自 X.pdf，共 N 页`). */
  source?: string;
}
