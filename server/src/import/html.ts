/**
 * A minimal reader for the HTML that mammoth writes (well-formed, a handful of tags): the top-level
 * blocks — headings, paragraphs, list items, tables with their colspan/rowspan — as plain text.
 */

export type HtmlBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: HtmlCell[][] };

export interface HtmlCell {
  text: string;
  /** A `<th>`: mammoth writes the cells of Word's repeated header rows so. */
  header: boolean;
  colspan: number;
  rowspan: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Token {
  tag?: string;
  closing?: boolean;
  attributes?: string;
  text?: string;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;
  for (const match of html.matchAll(pattern)) {
    if (match[4] !== undefined) tokens.push({ text: decodeEntities(match[4]) });
    else tokens.push({ tag: match[2]!.toLowerCase(), closing: match[1] === '/', attributes: match[3] ?? '' });
  }
  return tokens;
}

function attribute(attributes: string | undefined, name: string): number {
  const match = new RegExp(`${name}="(\\d+)"`).exec(attributes ?? '');
  return match ? Math.max(1, Number(match[1])) : 1;
}

const BLOCK_BREAK = new Set(['p', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function readHtmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const tokens = tokenize(html);
  let i = 0;
  /** Text up to the closing tag of `tag` (nested blocks' texts separated by newlines). */
  const textUntil = (tag: string): string => {
    let text = '';
    let depth = 1;
    for (; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.text !== undefined) text += token.text;
      else if (token.tag === tag && !token.closing) depth++;
      else if (token.tag === tag && token.closing && --depth === 0) break;
      else if (token.tag && BLOCK_BREAK.has(token.tag) && token.closing) text += '\n';
      else if (token.tag === 'br') text += '\n';
    }
    i++;
    return text;
  };
  const readTable = (): HtmlCell[][] => {
    const rows: HtmlCell[][] = [];
    let depth = 1;
    for (; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.tag === 'table') {
        if (token.closing && --depth === 0) break;
        if (!token.closing) depth++;
      } else if (token.tag === 'tr' && !token.closing && depth === 1) {
        rows.push([]);
      } else if ((token.tag === 'td' || token.tag === 'th') && !token.closing && depth === 1) {
        const colspan = attribute(token.attributes, 'colspan');
        const rowspan = attribute(token.attributes, 'rowspan');
        i++;
        const text = textUntil(token.tag);
        i--;
        (rows[rows.length - 1] ?? rows[rows.push([]) - 1]!).push({ text: text.replace(/\n+/g, '').trim(), colspan, rowspan, header: token.tag === 'th' });
      }
    }
    i++;
    return rows;
  };
  while (i < tokens.length) {
    const token = tokens[i]!;
    i++;
    if (!token.tag || token.closing) continue;
    const heading = /^h([1-6])$/.exec(token.tag);
    if (heading) blocks.push({ kind: 'heading', level: Number(heading[1]), text: textUntil(token.tag).replace(/\n+/g, '').trim() });
    else if (token.tag === 'p' || token.tag === 'li') {
      const text = textUntil(token.tag);
      for (const line of text.split(/\n+/)) if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim() });
    } else if (token.tag === 'table') blocks.push({ kind: 'table', rows: readTable() });
  }
  return blocks;
}
