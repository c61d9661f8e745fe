/**
 * Character tests that spare a prose pattern the text it cannot match: trying a pattern at every position of
 * every paragraph costs more than looking at the few characters every match needs.
 */

/** The blanks the prose patterns allow between words, signs and figures: `[ \t\u3000]` (space, tab, ideographic space). */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/** Whether a text ends in a colon (：or :), blanks after it allowed: what every pattern ending `[：:][ \t\u3000]*$` needs. */
export function endsInColon(text: string): boolean {
  let end = text.length - 1;
  while (isBlank(text.charCodeAt(end))) end--;
  const last = text.charCodeAt(end);
  return last === 0xff1a || last === 0x3a;
}
