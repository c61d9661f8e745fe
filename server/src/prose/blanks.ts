/**
 * The blanks the prose patterns allow between words, signs and figures (`[ \t\u3000]`: space, tab, ideographic
 * space), for the character tests that spare a pattern the text it cannot match.
 */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}
