/**
 * The Chevrotain parser of the `.disclosure` format: tokens → syntax tree (blocks of lines).
 *
 * The grammar is line-oriented and total: every line start is some alternative, so a parse never fails;
 * a malformed line costs at most itself. What is structurally wrong (an unclosed header, a caption with no
 * table, …) is reported by the model builder, which knows what the lines mean.
 *
 * The parser's tokens are each line's leading token and its line break (tokens.ts); the actions take the
 * rest of a line (text, pipes, tabs) from the lexer's content group, by offset.
 */
import { EmbeddedActionsParser, Lexer, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens';
import { startsWithListMarker } from './listMarkers';
import type {
  BlockNode,
  CommentNode,
  FrontMatterNode,
  HeadingNode,
  ParagraphNode,
  RowLineNode,
  RuleLineNode,
  SyntaxTree,
  TableNode,
  TextLineNode,
  TextPiece,
  ThematicBreakNode,
} from './syntaxTree';
import type { LineIndex } from './lineIndex';
import { sectionBounds } from './sections';

const KEY_VALUE_LINE = /^[^：:\t]{1,30}[：:]/;
const FENCE = /^[ \t]*-{3,}[ \t]*$/;

function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

class DisclosureParser extends EmbeddedActionsParser {
  private lineIndex!: LineIndex;
  /** The lexed text: a line's tokens are contiguous in it, so their joined images are a slice of it. */
  private source = '';
  /** Whether the section being parsed holds a U+FEFF (then slices must be checked for skipped BOM tokens). */
  private sectionHasBom = false;
  /** The tokens after each line's leading token (T.CONTENT_GROUP) in the section, in source order. */
  private content: IToken[] = [];
  /** Index in `content` of the first token not yet taken by a line. */
  private contentCursor = 0;

  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  /**
   * Parses the main `tokens` and `content` tokens of `section`, a part of `source` that starts and ends
   * at line starts (token offsets are offsets into `source`).
   */
  parse(tokens: IToken[], content: IToken[], section: string, source: string, lineIndex: LineIndex): Omit<SyntaxTree, 'parseErrors'> {
    this.lineIndex = lineIndex;
    this.source = source;
    this.sectionHasBom = section.includes('\uFEFF');
    this.content = content;
    this.contentCursor = 0;
    this.input = tokens;
    const tree = this.document();
    this.content = [];
    return tree;
  }

  private lineOf(offset: number): number {
    return this.lineIndex.lineAt(offset);
  }

  private peekType(i = 1): TokenType {
    return this.LA(i).tokenType;
  }

  /**
   * The content tokens after `lead` and before `lineEnd` (the line's break), moving the cursor past them.
   * Lines are taken in source order; tokens of lines the parser skipped (recovery) are passed over.
   */
  private takeContent(lead: IToken, lineEnd: IToken): IToken[] {
    const content = this.content;
    const from = this.contentStart(lead);
    let to = from;
    while (to < content.length && content[to]!.startOffset < lineEnd.startOffset) to++;
    this.contentCursor = to;
    return content.slice(from, to);
  }

  /** Index in `content` of the first token after `lead` (passing over tokens of lines recovery skipped). */
  private contentStart(lead: IToken): number {
    const content = this.content;
    let from = this.contentCursor;
    while (from < content.length && content[from]!.startOffset < lead.startOffset) from++;
    return from;
  }

  /** True when the text line led by LA(1) contains a tab (a row pasted from Excel). */
  private lineHasTab(): boolean {
    const lead = this.LA(1);
    if (lead.tokenType === T.LeadTab) return true;
    // A leading text token is followed by its line break in the parser's vector.
    const lineEnd = this.LA(2).startOffset;
    const content = this.content;
    for (let i = this.contentCursor; i < content.length; i++) {
      const token = content[i]!;
      if (token.startOffset >= lineEnd) return false;
      if (token.tokenType === T.Tab && token.startOffset > lead.startOffset) return true;
    }
    return false;
  }

  private atTextLine(): boolean {
    const type = this.peekType();
    return type === T.LeadText || type === T.LeadTab;
  }

  private atKeyValueLine(): boolean {
    return this.peekType() === T.LeadText && KEY_VALUE_LINE.test(this.LA(1).image) && !this.lineHasTab();
  }

  private atFence(): boolean {
    return this.peekType() === T.RuleLine && FENCE.test(this.LA(1).image);
  }

  private atBlankLine(): boolean {
    const type = this.peekType();
    return type === T.Newline || type === T.WhitespaceLine;
  }

  private atTableRow(): boolean {
    const type = this.peekType();
    if (type === T.RowStart || type === T.RuleLine) return true;
    return this.atTextLine() && this.lineHasTab();
  }

  private readonly document = this.RULE('document', (): Omit<SyntaxTree, 'parseErrors'> => {
    let frontMatter: FrontMatterNode | undefined;
    const blocks: BlockNode[] = [];
    this.OPTION({
      GATE: () => this.atFence() && this.LA(1).startOffset <= 1,
      DEF: () => {
        frontMatter = this.SUBRULE(this.frontMatter);
      },
    });
    this.MANY(() => {
      const block = this.SUBRULE(this.block);
      this.ACTION(() => {
        if (block) blocks.push(block);
      });
    });
    return { frontMatter, blocks };
  });

  private readonly frontMatter = this.RULE('frontMatter', (): FrontMatterNode => {
    const open = this.SUBRULE(this.ruleLine);
    const lines: TextLineNode[] = [];
    let close: RuleLineNode | undefined;
    this.MANY({
      GATE: () => this.atKeyValueLine(),
      DEF: () => {
        const line = this.SUBRULE(this.textLine);
        this.ACTION(() => lines.push(line));
      },
    });
    this.OPTION({
      GATE: () => this.atFence(),
      DEF: () => {
        close = this.SUBRULE2(this.ruleLine);
      },
    });
    return this.ACTION(() => ({
      type: 'frontMatter' as const,
      open,
      lines,
      close,
      start: open.start,
      end: (close ?? lines[lines.length - 1] ?? open).end,
    }));
  });

  private readonly block = this.RULE('block', (): BlockNode | undefined =>
    this.OR([
      { ALT: () => this.SUBRULE(this.blankLine) },
      { ALT: () => this.SUBRULE(this.comment) },
      { ALT: () => this.SUBRULE(this.heading) },
      { ALT: () => this.SUBRULE(this.table) },
      { ALT: () => this.SUBRULE(this.thematicBreak) },
      { ALT: () => this.SUBRULE(this.paragraph) },
    ]),
  );

  private readonly blankLine = this.RULE('blankLine', (): undefined => {
    this.OPTION(() => this.CONSUME(T.WhitespaceLine));
    this.CONSUME(T.Newline);
    return undefined;
  });

  private readonly comment = this.RULE('comment', (): CommentNode => {
    const token = this.CONSUME(T.CommentLine);
    this.CONSUME(T.Newline);
    return this.ACTION(() => ({
      type: 'comment' as const,
      start: token.startOffset,
      end: tokenEnd(token),
      line: this.lineOf(token.startOffset),
    }));
  });

  private readonly thematicBreak = this.RULE('thematicBreak', (): ThematicBreakNode => {
    const rule = this.SUBRULE(this.ruleLine);
    return this.ACTION(() => ({ type: 'break' as const, start: rule.start, end: rule.end, line: rule.line }));
  });

  private readonly ruleLine = this.RULE('ruleLine', (): RuleLineNode => {
    const token = this.CONSUME(T.RuleLine);
    this.CONSUME(T.Newline);
    return this.ACTION(() => ({
      kind: 'rule' as const,
      text: token.image,
      start: token.startOffset,
      end: tokenEnd(token),
      line: this.lineOf(token.startOffset),
    }));
  });

  private readonly textLine = this.RULE('textLine', (): TextLineNode => {
    const first = this.OR([{ ALT: () => this.CONSUME(T.LeadText) }, { ALT: () => this.CONSUME(T.LeadTab) }]);
    const lineEnd = this.CONSUME(T.Newline);
    return this.ACTION(() => this.makeTextLine(first, this.takeContent(first, lineEnd)));
  });

  /** The text line made of `lead` and the `rest` of its tokens. */
  private makeTextLine(lead: IToken, rest: IToken[]): TextLineNode {
    const start = lead.startOffset;
    const end = tokenEnd(rest.length > 0 ? rest[rest.length - 1]! : lead);
    const text = this.imagesBetween(rest, 0, rest.length, start, end, lead);
    return { start, end, line: this.lineOf(start), kind: 'text', content: { text, start, end } };
  }

  /**
   * The joined images of `lead` and `tokens[from..to)` that lie in [start, end): the source slice itself,
   * since a line's tokens are contiguous — unless the source holds a U+FEFF, which the lexer may have
   * skipped (a BOM token) inside the slice; then the images are joined.
   */
  private imagesBetween(tokens: IToken[], from: number, to: number, start: number, end: number, lead?: IToken): string {
    const slice = this.source.slice(start, end);
    if (!this.sectionHasBom || !slice.includes('\uFEFF')) return slice;
    let text = lead && lead.startOffset >= start && tokenEnd(lead) <= end ? lead.image : '';
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (token.startOffset >= start && tokenEnd(token) <= end) text += token.image;
    }
    return text;
  }

  private readonly heading = this.RULE('heading', (): HeadingNode => {
    const mark = this.CONSUME(T.HeadingMark);
    const lineEnd = this.CONSUME(T.Newline);
    return this.ACTION(() => {
      const rest = this.takeContent(mark, lineEnd);
      const hashes = mark.image.replace(/[^#]/g, '').length;
      const contentStart = tokenEnd(mark);
      const contentEnd = rest.length > 0 ? tokenEnd(rest[rest.length - 1]!) : contentStart;
      return {
        type: 'heading' as const,
        hashes,
        start: mark.startOffset,
        end: contentEnd,
        line: this.lineOf(mark.startOffset),
        content: { text: this.imagesBetween(rest, 0, rest.length, contentStart, contentEnd), start: contentStart, end: contentEnd },
      };
    });
  });

  private readonly table = this.RULE('table', (): TableNode => {
    let caption: TableNode['caption'];
    const attributes: TextLineNode[] = [];
    const rows: Array<RowLineNode | RuleLineNode> = [];
    const notes: TextLineNode[] = [];
    this.OR([
      {
        ALT: () => {
          const mark = this.CONSUME(T.CaptionMark);
          const lineEnd = this.CONSUME(T.Newline);
          this.ACTION(() => {
            const rest = this.takeContent(mark, lineEnd);
            const line = this.makeTextLine(mark, rest);
            const contentStart = tokenEnd(mark);
            const contentEnd = rest.length > 0 ? line.end : contentStart;
            const text = this.imagesBetween(rest, 0, rest.length, contentStart, contentEnd);
            caption = { start: line.start, end: line.end, line: line.line, kind: 'text', content: { text, start: contentStart, end: contentEnd } };
          });
          this.MANY({
            GATE: () => this.atBlankLine() || this.atKeyValueLine(),
            DEF: () => {
              this.OR2([
                { GATE: () => this.atBlankLine(), ALT: () => this.SUBRULE(this.blankLine) },
                {
                  ALT: () => {
                    const line = this.SUBRULE(this.textLine);
                    this.ACTION(() => attributes.push(line));
                  },
                },
              ]);
            },
          });
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.pipeRow);
          this.ACTION(() => rows.push(first));
        },
      },
    ]);
    this.MANY2({
      GATE: () => this.atTableRow(),
      DEF: () => {
        const row = this.OR3([
          { ALT: () => this.SUBRULE(this.ruleLine) },
          { ALT: () => this.SUBRULE2(this.pipeRow) },
          { ALT: () => this.SUBRULE(this.tabRow) },
        ]);
        this.ACTION(() => rows.push(row));
      },
    });
    this.MANY3({
      GATE: () => rows.length > 0 && this.atTextLine() && !this.lineHasTab(),
      DEF: () => {
        const line = this.SUBRULE2(this.textLine);
        this.ACTION(() => notes.push(line));
      },
    });
    return this.ACTION(() => {
      const parts: Array<{ start: number; end: number }> = [...attributes, ...rows, ...notes];
      if (caption) parts.unshift(caption);
      const start = Math.min(...parts.map((p) => p.start));
      const end = Math.max(...parts.map((p) => p.end));
      return { type: 'table' as const, caption, attributes, rows, notes, start, end };
    });
  });

  private readonly pipeRow = this.RULE('pipeRow', (): RowLineNode => {
    const lead = this.CONSUME(T.RowStart);
    const lineEnd = this.CONSUME(T.Newline);
    return this.ACTION(() => this.splitPipeRow(lead, lineEnd));
  });

  private readonly tabRow = this.RULE('tabRow', (): RowLineNode => {
    const first = this.OR([{ ALT: () => this.CONSUME(T.LeadText) }, { ALT: () => this.CONSUME(T.LeadTab) }]);
    const lineEnd = this.CONSUME(T.Newline);
    return this.ACTION(() => splitTabRow([first, ...this.takeContent(first, lineEnd)], this.lineOf(first.startOffset)));
  });

  /**
   * The `|` row from `lead` to `lineEnd`: its cells are the pieces between pipes (an escaped `\\|` is
   * inside a Text token). Reads the row's content tokens in place (the bulk of all tokens) instead of
   * taking a copy of them.
   */
  private splitPipeRow(lead: IToken, lineEnd: IToken): RowLineNode {
    const content = this.content;
    const from = this.contentStart(lead);
    const cells: TextPiece[] = [];
    let cellStart = tokenEnd(lead);
    let pipes = 0;
    let to = from;
    for (; to < content.length; to++) {
      const token = content[to]!;
      if (token.startOffset >= lineEnd.startOffset) break;
      if (token.tokenType === T.Pipe) {
        const text = this.imagesBetween(content, from, to, cellStart, token.startOffset);
        cells.push({ text, start: cellStart, end: token.startOffset });
        cellStart = tokenEnd(token);
        pipes++;
      }
    }
    this.contentCursor = to;
    const end = to > from ? tokenEnd(content[to - 1]!) : tokenEnd(lead);
    const trailing = cellStart < end ? this.imagesBetween(content, from, to, cellStart, end) : '';
    let closed: boolean;
    if (trailing.trim().length > 0) {
      cells.push({ text: trailing, start: cellStart, end });
      closed = false;
    } else {
      closed = pipes > 0;
    }
    const start = lead.startOffset + lead.image.indexOf('|');
    return { kind: 'row', separator: 'pipe', cells, closed, start, end, line: this.lineOf(lead.startOffset) };
  }

  private readonly paragraph = this.RULE('paragraph', (): ParagraphNode => {
    const lines: TextLineNode[] = [];
    const first = this.SUBRULE(this.textLine);
    this.ACTION(() => lines.push(first));
    this.MANY({
      GATE: () => this.atTextLine() && !startsWithListMarker(this.LA(1).image),
      DEF: () => {
        const line = this.SUBRULE2(this.textLine);
        this.ACTION(() => lines.push(line));
      },
    });
    return this.ACTION(() => ({
      type: 'paragraph' as const,
      lines,
      start: lines[0]!.start,
      end: lines[lines.length - 1]!.end,
    }));
  });
}

function splitTabRow(tokens: IToken[], line: number): RowLineNode {
  const cells: TextPiece[] = [];
  let cellStart = tokens[0]!.startOffset;
  let pieces: string[] = [];
  for (const token of tokens) {
    if (token.tokenType === T.Tab || token.tokenType === T.LeadTab) {
      cells.push({ text: pieces.join(''), start: cellStart, end: token.startOffset });
      cellStart = tokenEnd(token);
      pieces = [];
    } else {
      pieces.push(token.image);
    }
  }
  const end = tokenEnd(tokens[tokens.length - 1]!);
  cells.push({ text: pieces.join(''), start: cellStart, end });
  return { kind: 'row', separator: 'tab', cells, closed: false, start: tokens[0]!.startOffset, end, line };
}

// Every mode must keep Chevrotain's first-character optimisation (without it each pattern is tried at every
// offset, about 4× slower): ensureOptimizations makes a token that breaks it fail at construction.
const lexer = new Lexer(T.lexerDefinition, { positionTracking: 'onlyOffset', ensureOptimizations: true });
let parser: DisclosureParser | undefined;

/**
 * Lexes only (for the benchmark's baseline): the whole text in one go, every token of it; returns the
 * tokens the parser walks (each line's leading token and break; the rest are in the content group).
 */
export function lex(text: string): IToken[] {
  return lexer.tokenize(withFinalNewline(text)).tokens;
}

function withFinalNewline(text: string): string {
  return text.length === 0 || /[\r\n]$/.test(text) ? text : `${text}\n`;
}

/** Documents longer than this many characters are lexed and parsed in sections (sections.ts). */
const SECTION_CHARS = 64 * 1024;

/**
 * Parses a whole document into its syntax tree. Never throws on any input text. `sectionChars` is the
 * length beyond which the document is parsed in sections (smaller values only in tests).
 */
export function parseSyntaxTree(text: string, lineIndex: LineIndex, sectionChars = SECTION_CHARS): SyntaxTree {
  parser ??= new DisclosureParser();
  const source = withFinalNewline(text);
  let frontMatter: FrontMatterNode | undefined;
  const blocks: BlockNode[] = [];
  const lexErrors: SyntaxTree['parseErrors'] = [];
  const grammarErrors: SyntaxTree['parseErrors'] = [];
  for (const [start, end] of sectionBounds(source, sectionChars)) {
    const section = start === 0 && end === source.length ? source : source.slice(start, end);
    const lexed = lexer.tokenize(section);
    const content = lexed.groups[T.CONTENT_GROUP] ?? [];
    if (start > 0) {
      for (const token of lexed.tokens) token.startOffset += start;
      for (const token of content) token.startOffset += start;
    }
    const tree = parser.parse(lexed.tokens, content, section, source, lineIndex);
    if (start === 0) frontMatter = tree.frontMatter;
    for (const block of tree.blocks) blocks.push(block);
    for (const e of lexed.errors) {
      lexErrors.push({ message: e.message, span: { start: start + e.offset, end: start + e.offset + e.length } });
    }
    for (const e of parser.errors) {
      grammarErrors.push({ message: e.message, span: { start: e.token.startOffset || 0, end: tokenEnd(e.token) || 0 } });
    }
  }
  return { frontMatter, blocks, parseErrors: [...lexErrors, ...grammarErrors] };
}
