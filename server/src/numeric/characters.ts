/**
 * Character classes read by code point, for the hot paths that test one character at a time instead of
 * running a regexp over a string.
 */

/** Whether a character is white space as a regexp `\s` means it (ideographic space U+3000 and BOM included). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a character is a blank as the prose patterns write it, `[ \t\u3000]`: space, tab, ideographic space. */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/** Whether a character is an ASCII digit `0`–`9` (what a regexp's `\d` matches). */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether a character is a digit, ASCII `0`–`9` or full-width `０`–`９`. */
export function isDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
}
