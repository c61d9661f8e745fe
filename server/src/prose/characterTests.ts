/**
 * Character tests that spare a prose pattern the text it cannot match: trying a pattern at every position of
 * every paragraph costs more than looking at the few characters every match needs.
 */
import { isBlank } from '../numeric/characters';

/** Whether a text ends in a colon (：or :), blanks after it allowed: what every pattern ending `[：:][ \t\u3000]*$` needs. */
export function endsInColon(text: string): boolean {
  let end = text.length - 1;
  while (isBlank(text.charCodeAt(end))) end--;
  const last = text.charCodeAt(end);
  return last === 0xff1a || last === 0x3a;
}
