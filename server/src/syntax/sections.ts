/**
 * Where a long document may be cut into sections that are lexed and parsed one after the other.
 *
 * A cut goes right before a heading line. That gives the same syntax tree as one parse of the whole:
 * the lexer starts every line in the same mode (nothing carries over a line break), and no block runs on
 * across a heading — paragraphs, tables (caption, attributes, rows, notes) and the front matter all end
 * at a line the lexer reads as a HeadingMark, which then starts a block of its own. What it buys: each
 * section's tokens die young, so a 100k-line document costs per line what a short one does instead of
 * keeping a million tokens alive through the whole parse (garbage-collector time grew with their count).
 */

/** `#` to `######` not followed by another `#`: what the lexer reads as a HeadingMark at a line start. */
const HEADING_MARK = /#{1,6}(?!#)/y;

/**
 * [start, end) offsets of consecutive sections covering `source`, each at least `sectionChars` long
 * (except the last) and cut only before a heading line.
 */
export function sectionBounds(source: string, sectionChars: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (source.length - start > sectionChars) {
    const cut = headingLineAfter(source, start + sectionChars);
    if (cut < 0) break;
    bounds.push([start, cut]);
    start = cut;
  }
  bounds.push([start, source.length]);
  return bounds;
}

/** The offset of the first heading line that starts after `from` (after a \n), or -1. */
function headingLineAfter(source: string, from: number): number {
  for (let at = source.indexOf('\n#', from); at >= 0; at = source.indexOf('\n#', at + 2)) {
    HEADING_MARK.lastIndex = at + 1;
    if (HEADING_MARK.test(source)) return at + 1;
  }
  return -1;
}
