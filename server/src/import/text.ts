/**
 * Small text clean-ups shared by the importers. None of them touches a figure: they only remove spaces
 * between single Han characters (letter-spaced titles “收 入 总 计”) and normalise white space.
 */
import { parseNumber } from '../numeric/numberText';

const HAN_CHAR = /^\p{Script=Han}$/u;

/** “收 入 总 计” → “收入总计”: only when every space-separated piece is one Han character. */
export function joinLetterSpaced(text: string): string {
  const trimmed = text.trim();
  const pieces = trimmed.split(/[ \u3000]+/);
  if (pieces.length >= 2 && pieces.every((p) => HAN_CHAR.test(p))) return pieces.join('');
  return trimmed;
}

/** Collapses runs of white space to one space and trims. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Whether a cell holds exactly one figure (amount or percentage) as printed. */
export function isFigure(text: string): boolean {
  return parseNumber(text) !== undefined;
}

/** Every figure in a text (digits with optional separators and decimals), as printed. */
export function figuresIn(text: string): string[] {
  return text.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
}

const BREAK_BEFORE = /^[\s]/;

/**
 * Joins the lines of a wrapped text (a paragraph, a cell): Chinese needs no separator; a line break
 * between two Latin letters or digits becomes a space only when the text was spaced there.
 */
export function joinWrapped(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text !== '' && /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(line) && !BREAK_BEFORE.test(line)) text += ' ';
    text += line;
  }
  return text;
}
