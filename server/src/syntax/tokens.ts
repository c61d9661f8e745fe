/**
 * Chevrotain tokens of the `.disclosure` format (docs/format.md).
 *
 * The format is line-oriented: what a line is depends on its first characters. Tokens that may only
 * start a line use custom matchers that look at the preceding character, so the lexer itself never
 * fails: any character that is not a pipe, a tab or a line break is ordinary text.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

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
 * What may follow a line's first token up to its line break: text, pipes, tabs. A category, so the
 * parser consumes the rest of a line with one CONSUME per token instead of a three-way OR (much cheaper).
 */
export const LineContent = createToken({ name: 'LineContent', pattern: Lexer.NA });

export const Pipe = createToken({ name: 'Pipe', pattern: /\|/, categories: [LineContent] });

export const Tab = createToken({ name: 'Tab', pattern: /\t/, categories: [LineContent] });

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
export const Text = createToken({
  name: 'Text',
  pattern: /[^|\t\r\n\\]+(?:\\[^\r\n][^|\t\r\n\\]*)*|\\(?:[^\r\n][^|\t\r\n\\]*(?:\\[^\r\n][^|\t\r\n\\]*)*)?/,
  start_chars_hint: textStartChars(),
  categories: [LineContent],
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
  Pipe,
  Tab,
  Text,
  LineContent,
];
