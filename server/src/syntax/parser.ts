/**
 * The Chevrotain parser of the `.disclosure` format: tokens → syntax tree (blocks of lines).
 *
 * The grammar is line-oriented and total: every line start is some alternative, so a parse never fails;
 * a malformed line costs at most itself. What is structurally wrong (an unclosed header, a caption with no
 * table, …) is reported by the model builder, which knows what the lines mean.
 *
 * The parser's tokens are each line's leading token and its line break (tokens.ts); the actions take the
 * rest of a line (text, pipes, tabs) from the lexer's content group, by offset.
 *
 * Cost: Chevrotain's machinery (a rule invocation, an alternation, a repetition step) costs about as much
 * per line as building the line's node, so the hot lines go through as little of it as possible: a run of
 * `|` rows and a paragraph's lines are repetitions inside one rule invocation, alternatives are built once,
 * and per-line actions push without a closure.
 */
import { EmbeddedActionsParser, Lexer, type IOrAlt, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
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
  ThematicBreakNode,
} from './syntaxTree';
import type { LineIndex } from './lineIndex';
import { sectionBounds } from './sections';

const KEY_VALUE_LINE = /^[^：:\t]{1,30}[：:]/;
const FENCE = /^[ \t]*-{3,}[ \t]*$/;

function lastOf<T>(list: T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined;
}

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
  /**
   * Index in `content` where the search for a line's tokens starts. Lines are built in source order, right
   * after they are consumed, and the gates look only at the next line: the tokens before it are done with.
   */
  private contentCursor = 0;

  constructor() {
    // One token of lookahead: a line's leading token chooses its alternative, and the gates decide what it
    // cannot (a text line with a tab, a key-value line, a list marker); more would only cost time.
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  /**
   * Parses the main `tokens` and `content` tokens of `section`, a part of `source` that starts and ends
   * at line starts (token offsets are offsets into `source`), with the grammar's complaints. Lets go of the
   * tokens afterwards: the parser lives as long as the process, and tokens it still held would outlive the
   * parse (and be promoted to the old generation with the document).
   */
  parse(
    tokens: IToken[],
    content: IToken[],
    section: string,
    source: string,
    lineIndex: LineIndex,
  ): { tree: Omit<SyntaxTree, 'parseErrors'>; errors: IRecognitionException[] } {
    this.lineIndex = lineIndex;
    this.source = source;
    this.sectionHasBom = section.includes('\uFEFF');
    this.content = content;
    this.contentCursor = 0;
    this.input = tokens;
    const tree = this.document();
    const errors = this.errors;
    this.content = [];
    this.input = []; // (also clears this.errors, read above)
    return { tree, errors };
  }

  /**
   * False while Chevrotain records the grammar (performSelfAnalysis runs each rule once with dummy tokens), when
   * actions must not run. The per-line actions test it instead of going through ACTION(() => …), which would
   * allocate a closure for every line.
   */
  private get acting(): boolean {
    return !this.RECORDING_PHASE;
  }

  private lineOf(offset: number): number {
    return this.lineIndex.lineAt(offset);
  }

  private peekType(i = 1): TokenType {
    return this.LA(i).tokenType;
  }

  /** Index in `content` of the first token at or after `offset` (moving the cursor there). */
  private contentIndexAt(offset: number): number {
    const content = this.content;
    let at = this.contentCursor;
    while (at < content.length && content[at]!.startOffset < offset) at++;
    return (this.contentCursor = at);
  }

  /** Index in `content` after the last token before `lineEnd`, searching from `from`. */
  private contentIndexBefore(from: number, lineEnd: IToken): number {
    const content = this.content;
    let to = from;
    while (to < content.length && content[to]!.startOffset < lineEnd.startOffset) to++;
    return to;
  }

  /**
   * The end of the line led by `lead` and broken by `lineEnd`: the break itself, since the lexer covers every
   * character of a line with a token — except a U+FEFF that starts a token, which it skips (a BOM); so in a
   * section that holds one, the end of the line's last token.
   */
  private lineContentEnd(lead: IToken, lineEnd: IToken): number {
    if (!this.sectionHasBom) return lineEnd.startOffset;
    const from = this.contentIndexAt(lead.startOffset);
    const to = this.contentIndexBefore(from, lineEnd);
    return tokenEnd(to > from ? this.content[to - 1]! : lead);
  }

  /**
   * The text from `start` to `end` within one line, `lead` being the line's leading token: the source slice
   * itself, since a line's tokens are contiguous — unless the slice holds a U+FEFF, which the lexer may have
   * skipped (a BOM token); then the images of the tokens that lie in [start, end) are joined.
   */
  private textOf(start: number, end: number, lead?: IToken): string {
    const slice = this.source.slice(start, end);
    if (!this.sectionHasBom || !slice.includes('\uFEFF')) return slice;
    let text = lead && lead.startOffset >= start && tokenEnd(lead) <= end ? lead.image : '';
    const content = this.content;
    for (let i = this.contentIndexAt(start); i < content.length && content[i]!.startOffset < end; i++) {
      const token = content[i]!;
      if (tokenEnd(token) <= end) text += token.image;
    }
    return text;
  }

  /** True when the text line led by LA(1) contains a tab (a row pasted from Excel). */
  private lineHasTab(): boolean {
    const lead = this.LA(1);
    if (lead.tokenType === T.LeadTab) return true;
    // A leading text token is followed by its line break in the parser's vector.
    const lineEnd = this.LA(2).startOffset;
    const content = this.content;
    for (let i = this.contentIndexAt(lead.startOffset); i < content.length; i++) {
      const token = content[i]!;
      if (token.startOffset >= lineEnd) return false;
      if (token.tokenType === T.Tab) return true;
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

  /** The alternatives of a block, built once: OR reads them at every block, and a fresh array each time is garbage. */
  private readonly blockAlternatives: Array<IOrAlt<BlockNode | undefined>> = [
    { ALT: () => this.SUBRULE(this.blankLine) },
    { ALT: () => this.SUBRULE(this.comment) },
    { ALT: () => this.SUBRULE(this.heading) },
    { ALT: () => this.SUBRULE(this.table) },
    { ALT: () => this.SUBRULE(this.thematicBreak) },
    { ALT: () => this.SUBRULE(this.paragraph) },
  ];

  /** The tokens that lead a text line, built once (as blockAlternatives). */
  private readonly textLineLeads: Array<IOrAlt<IToken>> = [{ ALT: () => this.CONSUME(T.LeadText) }, { ALT: () => this.CONSUME(T.LeadTab) }];

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
      const block = this.OR(this.blockAlternatives);
      if (this.acting && block) blocks.push(block);
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
    const lead = this.OR(this.textLineLeads);
    const lineEnd = this.CONSUME(T.Newline);
    return this.ACTION(() => this.makeTextLine(lead, lineEnd));
  });

  /** The text line led by `lead` and broken by `lineEnd`. */
  private makeTextLine(lead: IToken, lineEnd: IToken): TextLineNode {
    const start = lead.startOffset;
    const end = this.lineContentEnd(lead, lineEnd);
    return { start, end, line: this.lineOf(start), kind: 'text', content: { text: this.textOf(start, end, lead), start, end } };
  }

  private readonly heading = this.RULE('heading', (): HeadingNode => {
    const mark = this.CONSUME(T.HeadingMark);
    const lineEnd = this.CONSUME(T.Newline);
    return this.ACTION(() => {
      let hashes = 0;
      while (mark.image.charCodeAt(hashes) === 0x23) hashes++; // the mark is the #s, then spaces
      const contentStart = tokenEnd(mark);
      const contentEnd = this.lineContentEnd(mark, lineEnd);
      return {
        type: 'heading' as const,
        hashes,
        start: mark.startOffset,
        end: contentEnd,
        line: this.lineOf(mark.startOffset),
        content: { text: this.textOf(contentStart, contentEnd), start: contentStart, end: contentEnd },
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
            const end = this.lineContentEnd(mark, lineEnd);
            const contentStart = tokenEnd(mark);
            const content = { text: this.textOf(contentStart, end), start: contentStart, end };
            caption = { start: mark.startOffset, end, line: this.lineOf(mark.startOffset), kind: 'text', content };
          });
          this.MANY({
            GATE: () => this.atBlankLine() || this.atKeyValueLine(),
            DEF: () => {
              // The gate has chosen a blank line or a key-value line: their leading tokens tell them apart.
              this.OR2([
                { ALT: () => this.SUBRULE(this.blankLine) },
                {
                  ALT: () => {
                    const line = this.SUBRULE(this.textLine);
                    if (this.acting) attributes.push(line);
                  },
                },
              ]);
            },
          });
        },
      },
      { ALT: () => this.SUBRULE(this.pipeRows, { ARGS: [rows] }) },
    ]);
    this.MANY2({
      GATE: () => this.atTableRow(),
      DEF: () => {
        this.OR3([
          {
            ALT: () => {
              const rule = this.SUBRULE(this.ruleLine);
              if (this.acting) rows.push(rule);
            },
          },
          { ALT: () => this.SUBRULE2(this.pipeRows, { ARGS: [rows] }) },
          {
            ALT: () => {
              const row = this.SUBRULE(this.tabRow);
              if (this.acting) rows.push(row);
            },
          },
        ]);
      },
    });
    this.MANY3({
      GATE: () => rows.length > 0 && this.atTextLine() && !this.lineHasTab(),
      DEF: () => {
        const line = this.SUBRULE2(this.textLine);
        if (this.acting) notes.push(line);
      },
    });
    return this.ACTION(() => {
      // The parts are lines in source order: the first starts the table, the last ends it.
      const first = caption ?? attributes[0] ?? rows[0] ?? notes[0]!;
      // (Each list is read only when it has a last element: `list[-1]` is a slow generic property lookup.)
      const last = lastOf(notes) ?? lastOf(rows) ?? lastOf(attributes) ?? caption!;
      return { type: 'table' as const, caption, attributes, rows, notes, start: first.start, end: last.end };
    });
  });

  /**
   * A run of `|` rows, appended to `rows`: one rule invocation per run rather than per row, since rows are the
   * bulk of all lines.
   */
  private readonly pipeRows = this.RULE('pipeRows', (rows: Array<RowLineNode | RuleLineNode>): void => {
    this.AT_LEAST_ONE(() => {
      const lead = this.CONSUME(T.RowStart);
      const lineEnd = this.CONSUME(T.Newline);
      if (this.acting) rows.push(this.splitPipeRow(lead, lineEnd));
    });
  });

  private readonly tabRow = this.RULE('tabRow', (): RowLineNode => {
    const lead = this.OR(this.textLineLeads);
    const lineEnd = this.CONSUME(T.Newline);
    return this.ACTION(() => {
      const from = this.contentIndexAt(lead.startOffset);
      const to = this.contentIndexBefore(from, lineEnd);
      return splitTabRow(lead, this.content, from, to, this.lineOf(lead.startOffset));
    });
  });

  /**
   * The `|` row from `lead` to `lineEnd`: its cells are the pieces between pipes (an escaped `\\|` is
   * inside a Text token). Reads the row's content tokens in place (the bulk of all tokens), and records each
   * piece as its span only: its text is the source slice, except in a row holding a U+FEFF the lexer may have
   * skipped (then the texts are joined from the tokens, as textOf does, and kept in `cellTexts`).
   */
  private splitPipeRow(lead: IToken, lineEnd: IToken): RowLineNode {
    const content = this.content;
    const from = this.contentIndexAt(lead.startOffset);
    const lineEndOffset = lineEnd.startOffset;
    const spans: number[] = [];
    let cellStart = tokenEnd(lead);
    let pipes = 0;
    let to = from;
    for (; to < content.length; to++) {
      const token = content[to]!;
      const offset = token.startOffset;
      if (offset >= lineEndOffset) break;
      if (token.tokenType === T.Pipe) {
        spans.push(cellStart, offset);
        cellStart = offset + 1;
        pipes++;
      }
    }
    const end = to > from ? tokenEnd(content[to - 1]!) : tokenEnd(lead);
    // (textOf moves the cursor forward only: the cells are read in order, before the cursor passes the row.)
    const texts = this.sectionHasBom && this.source.slice(lead.startOffset, end).includes('\uFEFF') ? this.pieceTexts(spans) : undefined;
    const trailing = cellStart < end ? this.textOf(cellStart, end) : '';
    this.contentCursor = to;
    let closed: boolean;
    if (trailing.trim().length > 0) {
      spans.push(cellStart, end);
      texts?.push(trailing);
      closed = false;
    } else {
      closed = pipes > 0;
    }
    const start = lead.startOffset + lead.image.indexOf('|');
    const row: RowLineNode = { kind: 'row', separator: 'pipe', cellSpans: spans, closed, start, end, line: this.lineOf(lead.startOffset) };
    if (texts !== undefined) row.cellTexts = texts;
    return row;
  }

  /** The texts of the pieces of `spans` (flat start/end pairs), as textOf reads them. */
  private pieceTexts(spans: number[]): string[] {
    const texts: string[] = [];
    for (let i = 0; i < spans.length; i += 2) texts.push(this.textOf(spans[i]!, spans[i + 1]!));
    return texts;
  }

  private readonly paragraph = this.RULE('paragraph', (): ParagraphNode => {
    const lines: TextLineNode[] = [];
    this.AT_LEAST_ONE({
      // A line with a list marker starts a new paragraph; the first line is the block's choice.
      GATE: () => lines.length === 0 || (this.atTextLine() && !startsWithListMarker(this.LA(1).image)),
      DEF: () => {
        const lead = this.OR(this.textLineLeads);
        const lineEnd = this.CONSUME(T.Newline);
        if (this.acting) lines.push(this.makeTextLine(lead, lineEnd));
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

/** The tab-separated row led by `lead` whose other tokens are `content[from..to)` (rare: its texts are kept). */
function splitTabRow(lead: IToken, content: IToken[], from: number, to: number, line: number): RowLineNode {
  const spans: number[] = [];
  const texts: string[] = [];
  let cellStart = lead.startOffset;
  let pieces: string[] = [];
  let last = lead;
  for (let i = from - 1; i < to; i++) {
    const token = i < from ? lead : content[i]!;
    last = token;
    if (token.tokenType === T.Tab || token.tokenType === T.LeadTab) {
      spans.push(cellStart, token.startOffset);
      texts.push(pieces.join(''));
      cellStart = tokenEnd(token);
      pieces = [];
    } else {
      pieces.push(token.image);
    }
  }
  const end = tokenEnd(last);
  spans.push(cellStart, end);
  texts.push(pieces.join(''));
  return { kind: 'row', separator: 'tab', cellSpans: spans, cellTexts: texts, closed: false, start: lead.startOffset, end, line };
}

// Every mode must keep Chevrotain's first-character optimisation (without it each pattern is tried at every
// offset, about 4× slower): ensureOptimizations makes a token that breaks it fail at construction.
// Built on first use, as the parser is: a process that never parses (`disclosure-check --version`, the CLI's
// main thread while workers check) does not pay for its analysis of the token patterns.
let lexer: Lexer | undefined;
let parser: DisclosureParser | undefined;

function theLexer(): Lexer {
  return (lexer ??= new Lexer(T.lexerDefinition, { positionTracking: 'onlyOffset', ensureOptimizations: true }));
}

/**
 * Lexes only (for the benchmark's baseline): the whole text in one go, every token of it; returns the
 * tokens the parser walks (each line's leading token and break; the rest are in the content group).
 */
export function lex(text: string): IToken[] {
  return theLexer().tokenize(withFinalNewline(text)).tokens;
}

function withFinalNewline(text: string): string {
  return text.length === 0 || /[\r\n]$/.test(text) ? text : `${text}\n`;
}

/** Documents longer than this many characters are lexed and parsed in sections (sections.ts). */
const SECTION_CHARS = 64 * 1024;

/**
 * The syntax tree of a whole document, one section (sections.ts) at a time, each parsed when it is asked
 * for: a reader that is done with a section's nodes before it asks for the next (the model builder) lets
 * them die young instead of keeping a big document's whole tree alive until the last line is read. The
 * front matter comes with the first section; the sections' blocks, in order, are the document's. Never
 * throws on any input text. `sectionChars` is the length beyond which the document is cut (smaller values
 * only in tests). Each section is parsed whole before it is handed out, so other parses may run between two.
 */
export function* syntaxTreeSections(text: string, lineIndex: LineIndex, sectionChars = SECTION_CHARS): Generator<SyntaxTree> {
  parser ??= new DisclosureParser();
  const source = withFinalNewline(text);
  for (const [start, end] of sectionBounds(source, sectionChars)) {
    const section = start === 0 && end === source.length ? source : source.slice(start, end);
    const lexed = theLexer().tokenize(section);
    const content = lexed.groups[T.CONTENT_GROUP] ?? [];
    if (start > 0) {
      for (const token of lexed.tokens) token.startOffset += start;
      for (const token of content) token.startOffset += start;
    }
    const { tree, errors } = parser.parse(lexed.tokens, content, section, source, lineIndex);
    const parseErrors: SyntaxTree['parseErrors'] = [];
    for (const e of lexed.errors) {
      parseErrors.push({ message: e.message, span: { start: start + e.offset, end: start + e.offset + e.length } });
    }
    for (const e of errors) {
      parseErrors.push({ message: e.message, span: { start: e.token.startOffset || 0, end: tokenEnd(e.token) || 0 } });
    }
    yield { frontMatter: start === 0 ? tree.frontMatter : undefined, blocks: tree.blocks, parseErrors };
  }
}

/** The whole syntax tree of a document at once: its sections (syntaxTreeSections) joined. */
export function parseSyntaxTree(text: string, lineIndex: LineIndex, sectionChars = SECTION_CHARS): SyntaxTree {
  let frontMatter: FrontMatterNode | undefined;
  const blocks: BlockNode[] = [];
  const parseErrors: SyntaxTree['parseErrors'] = [];
  for (const section of syntaxTreeSections(text, lineIndex, sectionChars)) {
    frontMatter ??= section.frontMatter;
    for (const block of section.blocks) blocks.push(block);
    for (const error of section.parseErrors) parseErrors.push(error);
  }
  return { frontMatter, blocks, parseErrors };
}
