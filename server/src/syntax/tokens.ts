/**
 * Chevrotain tokens of the `.disclosure` format (docs/format.md).
 *
 * The format is line-oriented: what a line is depends on its first characters. Tokens that may only
 * start a line use custom matchers that look at the preceding character, so the lexer itself never
 * fails: any character that is not a pipe, a tab or a line break is ordinary text.
 *
 * Two lexer modes: `lineStart` lexes the token that leads a line (and so decides what the line is),
 * `inLine` the rest of the line up to its break. The parser's token vector holds only the leading
 * tokens and the line breaks; the rest of a line (text, pipes, tabs) goes, lexed just as finely, to
 * the `content` group in source order, where the parser's actions read a line's pieces (cells) by
 * offset. So the grammar walks lines, not the ~10 tokens of every table row, and the line-start
 * matchers run once per line instead of at every cell.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type IMultiModeLexerDefinition, type TokenType } from 'chevrotain';

/** True when `offset` is the first character of a line (a leading BOM does not count as content). */
export function isLineStart(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const previous = text.charCodeAt(offset - 1);
  if (previous === 0x0a || previous === 0x0d) return true;
  return offset === 1 && previous === 0xfeff;
}

/** Builds a matcher that only matches `pattern` (a sticky regexp) at the start of a line. */
function atLineStart(pattern: RegExp): CustomPatternMatcherFunc {
  const sticky = new RegExp(pattern.source, 'y');
  return (text, offset) => {
    if (!isLineStart(text, offset)) return null;
    sticky.lastIndex = offset;
    return sticky.exec(text);
  };
}

const endOfLine = '(?=\\r|\\n|$)';

const LINE_START_MODE = 'lineStart';
const IN_LINE_MODE = 'inLine';

/** The lexer group of the tokens after a line's leading token. */
export const CONTENT_GROUP = 'content';

export const Bom = createToken({ name: 'Bom', pattern: /\uFEFF/, group: Lexer.SKIPPED });

/** A line break; also what the parser consumes for LineEnd. In `lineStart` mode: an empty line. */
export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });

/** The break that ends a line with content (back to `lineStart` mode). */
export const LineEnd = createToken({
  name: 'LineEnd',
  pattern: /\r\n|\r|\n/,
  line_breaks: true,
  categories: [Newline],
  pop_mode: true,
});

/** A whole line of only spaces (ASCII, ideographic) and tabs: a blank line. */
export const WhitespaceLine = createToken({
  name: 'WhitespaceLine',
  pattern: atLineStart(new RegExp(`[ \\t\\u3000]+${endOfLine}`)),
  line_breaks: false,
  start_chars_hint: [' ', '\t', '\u3000'],
  push_mode: IN_LINE_MODE,
});

/** `<!-- comment -->` on a line of its own. */
export const CommentLine = createToken({
  name: 'CommentLine',
  pattern: atLineStart(new RegExp(`[ \\u3000]*<!--.*?-->[ \\t\\u3000]*${endOfLine}`)),
  line_breaks: false,
  start_chars_hint: ['<', ' ', '\u3000'],
  push_mode: IN_LINE_MODE,
});

/**
 * A line made only of dashes, colons, pipes, tabs and spaces with at least three dashes:
 * the metadata fence (`---`) or a table's delimiter row (`|---|---:|`).
 */
export const RuleLine = createToken({
  name: 'RuleLine',
  pattern: atLineStart(new RegExp(`(?=[ \\t|:\\-]*-[ \\t|:]*-[ \\t|:]*-)[ \\t|:\\-]+${endOfLine}`)),
  line_breaks: false,
  start_chars_hint: ['-', '|', ':', ' ', '\t'],
  push_mode: IN_LINE_MODE,
});

/** `#` to `######` at the start of a line. */
export const HeadingMark = createToken({
  name: 'HeadingMark',
  pattern: atLineStart(/#{1,6}(?!#)[ \t\u3000]*/),
  line_breaks: false,
  start_chars_hint: ['#'],
  push_mode: IN_LINE_MODE,
});

/** `表：` / `表:` at the start of a line: a table caption. */
export const CaptionMark = createToken({
  name: 'CaptionMark',
  pattern: atLineStart(/表[：:][ \t\u3000]*/),
  line_breaks: false,
  start_chars_hint: ['表'],
  push_mode: IN_LINE_MODE,
});

/** The first pipe of a table row (optionally indented). */
export const RowStart = createToken({
  name: 'RowStart',
  pattern: atLineStart(/[ \u3000]*\|/),
  line_breaks: false,
  start_chars_hint: ['|', ' ', '\u3000'],
  push_mode: IN_LINE_MODE,
});

/**
 * A pipe that leads its line without being a row start: only after a BOM inside the document (the
 * line-start tokens look at the preceding character). No rule starts with it; the parser skips it and
 * reports it, as it would a stray pipe. What follows it still leads the line.
 */
export const LeadPipe = createToken({ name: 'LeadPipe', pattern: /\|/ });

/** A pipe inside a line: a cell separator. */
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/, group: CONTENT_GROUP });

/** A tab that leads its line: a paragraph line or a row pasted from Excel. */
export const LeadTab = createToken({ name: 'LeadTab', pattern: /\t/, push_mode: IN_LINE_MODE });

/** A tab inside a line: a cell separator of a row pasted from Excel. */
export const Tab = createToken({ name: 'Tab', pattern: /\t/, group: CONTENT_GROUP });

/**
 * Every UTF-16 unit that may start a Text token. Chevrotain cannot analyse the complement set of the
 * Text pattern and would otherwise try every token pattern at every offset (about 4× slower lexing).
 * As char codes (Chevrotain takes either): 65,532 one-character strings cost start-up time and garbage.
 */
function textStartChars(): number[] {
  const chars: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code !== 0x7c && code !== 0x09 && code !== 0x0a && code !== 0x0d) chars.push(code);
  }
  return chars;
}

/** Any run of characters other than pipes, tabs and line breaks; `\|` is an escaped pipe. */
const TEXT_PATTERN = /[^|\t\r\n\\]+(?:\\[^\r\n][^|\t\r\n\\]*)*|\\(?:[^\r\n][^|\t\r\n\\]*(?:\\[^\r\n][^|\t\r\n\\]*)*)?/;
const TEXT_START_CHARS = textStartChars();

/** Text that leads its line: a paragraph line, a note, an attribute, a row pasted from Excel. */
export const LeadText = createToken({
  name: 'LeadText',
  pattern: TEXT_PATTERN,
  start_chars_hint: TEXT_START_CHARS,
  push_mode: IN_LINE_MODE,
});

/** Text inside a line: after a line's leading token, between pipes, between tabs. */
export const Text = createToken({
  name: 'Text',
  pattern: TEXT_PATTERN,
  start_chars_hint: TEXT_START_CHARS,
  group: CONTENT_GROUP,
});

/** The lexer's modes; in each, the first pattern that matches wins. */
export const lexerDefinition: IMultiModeLexerDefinition = {
  modes: {
    [LINE_START_MODE]: [Bom, Newline, CommentLine, RuleLine, WhitespaceLine, HeadingMark, CaptionMark, RowStart, LeadPipe, LeadTab, LeadText],
    [IN_LINE_MODE]: [Bom, LineEnd, Pipe, Tab, Text],
  },
  defaultMode: LINE_START_MODE,
};

/** Every token type (the parser's vocabulary). */
export const allTokens: TokenType[] = [
  Bom,
  Newline,
  LineEnd,
  CommentLine,
  RuleLine,
  WhitespaceLine,
  HeadingMark,
  CaptionMark,
  RowStart,
  LeadPipe,
  Pipe,
  LeadTab,
  Tab,
  LeadText,
  Text,
];
