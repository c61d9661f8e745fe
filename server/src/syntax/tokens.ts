/**
 * Chevrotain tokens of the `.disclosure` format (docs/format.md).
 *
 * The format is line-oriented: what a line is depends on its first characters. Tokens that may only
 * start a line use custom matchers that look at the preceding character, so the lexer itself never
 * fails: any character that is not a pipe, a tab or a line break is ordinary text.
 *
 * The parser's token vector holds only what decides a line's kind — its leading token — and the line
 * breaks. The rest of a line (text, pipes, tabs) is lexed just as finely into the `content` group, in
 * source order, where the parser's actions read a line's pieces (cells) by offset. So the grammar
 * walks lines, not the ~10 tokens of every table row (most of the parse time went there).
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';

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

/** The lexer group of the tokens after a line's leading token. */
export const CONTENT_GROUP = 'content';

/**
 * True when the token about to be matched leads its line in the parser's vector: nothing but skipped
 * BOMs (and pipes that lead after such a BOM) since the last line break. Only text, a tab or a pipe can
 * lead a line that the line-start tokens did not match (after a BOM inside the document).
 */
function leadsLine(tokens: IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last === undefined || last.tokenType === Newline || last.tokenType === LeadPipe;
}

/** Builds a matcher that only matches `pattern` (a sticky regexp) for the token that leads its line. */
function asLineLead(pattern: RegExp): CustomPatternMatcherFunc {
  const sticky = new RegExp(pattern.source, 'y');
  return (text, offset, tokens) => {
    if (!leadsLine(tokens)) return null;
    sticky.lastIndex = offset;
    return sticky.exec(text);
  };
}

export const Bom = createToken({ name: 'Bom', pattern: /\uFEFF/, group: Lexer.SKIPPED });

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });

/** A whole line of only spaces (ASCII, ideographic) and tabs: a blank line. */
export const WhitespaceLine = createToken({
  name: 'WhitespaceLine',
  pattern: atLineStart(new RegExp(`[ \\t\\u3000]+${endOfLine}`)),
  line_breaks: false,
  start_chars_hint: [' ', '\t', '\u3000'],
});

/** `<!-- comment -->` on a line of its own. */
export const CommentLine = createToken({
  name: 'CommentLine',
  pattern: atLineStart(new RegExp(`[ \\u3000]*<!--.*?-->[ \\t\\u3000]*${endOfLine}`)),
  line_breaks: false,
  start_chars_hint: ['<', ' ', '\u3000'],
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
});

/** `#` to `######` at the start of a line. */
export const HeadingMark = createToken({
  name: 'HeadingMark',
  pattern: atLineStart(/#{1,6}(?!#)[ \t\u3000]*/),
  line_breaks: false,
  start_chars_hint: ['#'],
});

/** `表：` / `表:` at the start of a line: a table caption. */
export const CaptionMark = createToken({
  name: 'CaptionMark',
  pattern: atLineStart(/表[：:][ \t\u3000]*/),
  line_breaks: false,
  start_chars_hint: ['表'],
});

/** The first pipe of a table row (optionally indented). */
export const RowStart = createToken({
  name: 'RowStart',
  pattern: atLineStart(/[ \u3000]*\|/),
  line_breaks: false,
  start_chars_hint: ['|', ' ', '\u3000'],
});

/**
 * A pipe that leads its line without being a row start: only after a BOM inside the document (the
 * line-start tokens look at the preceding character). No rule starts with it; the parser skips it and
 * reports it, as it would a stray pipe.
 */
export const LeadPipe = createToken({
  name: 'LeadPipe',
  pattern: asLineLead(/\|/),
  line_breaks: false,
  start_chars_hint: ['|'],
});

/** A pipe inside a line: a cell separator. */
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/, group: CONTENT_GROUP });

/** A tab that leads its line: a paragraph line or a row pasted from Excel. */
export const LeadTab = createToken({
  name: 'LeadTab',
  pattern: asLineLead(/\t/),
  line_breaks: false,
  start_chars_hint: ['\t'],
});

/** A tab inside a line: a cell separator of a row pasted from Excel. */
export const Tab = createToken({ name: 'Tab', pattern: /\t/, group: CONTENT_GROUP });

/**
 * Every UTF-16 unit that may start a Text token. Chevrotain cannot analyse the complement set of the
 * Text pattern and would otherwise try every token pattern at every offset (about 4× slower lexing).
 */
function textStartChars(): string[] {
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code !== 0x7c && code !== 0x09 && code !== 0x0a && code !== 0x0d) chars.push(String.fromCharCode(code));
  }
  return chars;
}

/** Any run of characters other than pipes, tabs and line breaks; `\|` is an escaped pipe. */
const TEXT_PATTERN = /[^|\t\r\n\\]+(?:\\[^\r\n][^|\t\r\n\\]*)*|\\(?:[^\r\n][^|\t\r\n\\]*(?:\\[^\r\n][^|\t\r\n\\]*)*)?/;
const TEXT_START_CHARS = textStartChars();

/** Text that leads its line: a paragraph line, a note, an attribute, a row pasted from Excel. */
export const LeadText = createToken({
  name: 'LeadText',
  pattern: asLineLead(TEXT_PATTERN),
  line_breaks: false,
  start_chars_hint: TEXT_START_CHARS,
});

/** Text inside a line: after a line's leading token, between pipes, between tabs. */
export const Text = createToken({
  name: 'Text',
  pattern: TEXT_PATTERN,
  start_chars_hint: TEXT_START_CHARS,
  group: CONTENT_GROUP,
});

export const allTokens: TokenType[] = [
  Bom,
  Newline,
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
