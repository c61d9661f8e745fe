/**
 * Display width of text in a monospace editor: East Asian wide and full-width characters (汉字, full-width
 * punctuation, the ideographic space) take two columns, using the maintained `get-east-asian-width` data.
 * Ambiguous characters (“ ” …) count as narrow, as UAX #11 recommends when the font is unknown.
 */
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const codePoint = ch.codePointAt(0)!;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || ZERO_WIDTH.test(ch)) continue;
    width += eastAsianWidth(codePoint, { ambiguousAsWide: false });
  }
  return width;
}
