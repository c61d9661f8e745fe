/**
 * The syntax tree: the document's blocks and lines as the parser found them, with offsets into the
 * source text. No interpretation of figures or headers happens here (that is the model's job).
 */

/** A half-open range of UTF-16 offsets into the source text. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of source text with its span. */
export interface TextPiece extends Span {
  text: string;
}

/** One source line: its full span (without the line break) and its content tokens. */
export interface LineNode extends Span {
  /** 0-based line number. */
  line: number;
}

export interface RowLineNode extends LineNode {
  kind: 'row';
  /** `|`-separated (Markdown) or tab-separated (pasted from Excel). */
  separator: 'pipe' | 'tab';
  /**
   * The raw cell pieces' spans, untrimmed, in order, flat: [start₀, end₀, start₁, end₁, …]. One array of
   * numbers per row instead of an object and a string per cell: rows are the bulk of a document, and the model
   * slices each cell's trimmed text from the source once (read them with rowCells.ts).
   */
  cellSpans: number[];
  /**
   * The pieces' texts when they are not the source slices of their spans (a tab-separated row's; a row holding
   * a U+FEFF the lexer skipped); undefined when every piece's text is `source.slice(start, end)`.
   */
  cellTexts?: string[];
  /** Whether the row ended with a pipe (for formatting). */
  closed: boolean;
}

export interface RuleLineNode extends LineNode {
  kind: 'rule';
  text: string;
}

export interface TextLineNode extends LineNode {
  kind: 'text';
  /** The whole line content (pipes and tabs included). */
  content: TextPiece;
}

export interface FrontMatterNode extends Span {
  type: 'frontMatter';
  open: RuleLineNode;
  lines: TextLineNode[];
  close?: RuleLineNode;
}

export interface HeadingNode extends LineNode {
  type: 'heading';
  /** Number of `#`. */
  hashes: number;
  /** The text after the hashes (trimmed of the spaces right after them). */
  content: TextPiece;
}

export interface ParagraphNode extends Span {
  type: 'paragraph';
  lines: TextLineNode[];
}

export interface TableNode extends Span {
  type: 'table';
  caption?: TextLineNode & { content: TextPiece };
  /** Lines between the caption and the first row (attributes such as 单位：万元). */
  attributes: TextLineNode[];
  /** Header rows, delimiter lines and body rows in source order. */
  rows: Array<RowLineNode | RuleLineNode>;
  /** Lines directly below the last row. */
  notes: TextLineNode[];
}

export interface CommentNode extends LineNode {
  type: 'comment';
}

export interface ThematicBreakNode extends LineNode {
  type: 'break';
}

export type BlockNode = HeadingNode | ParagraphNode | TableNode | CommentNode | ThematicBreakNode;

export interface SyntaxTree {
  frontMatter?: FrontMatterNode;
  blocks: BlockNode[];
  /** Problems the grammar itself reported (recovered); normally empty. */
  parseErrors: Array<{ message: string; span: Span }>;
}
