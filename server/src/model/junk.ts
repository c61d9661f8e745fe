/** SYN010: control characters and replacement characters (bytes that were not text), once per line. */
import type { BuildContext } from './context';

const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]/g;

export function reportJunk(context: BuildContext): void {
  const text = context.text;
  let lastLine = -1;
  JUNK.lastIndex = 0;
  for (let match = JUNK.exec(text); match; match = JUNK.exec(text)) {
    const line = context.lineIndex.lineAt(match.index);
    if (line === lastLine) continue;
    lastLine = line;
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    context.report('SYN010', 'error', `此行含有无法作为文本的字符（U+${code}），可能是乱码或二进制内容。`, {
      start: match.index,
      end: match.index + 1,
    });
  }
}
