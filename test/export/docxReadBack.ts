/**
 * Reading an exported .docx back as a reader's tool sees it: mammoth's raw text and HTML (tables with
 * their header rows, colspan and rowspan), and the WordprocessingML parts themselves (jszip, which
 * docx and mammoth both depend on) for what mammoth does not show: page orientation, fonts, alignment.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface ReadBack {
  raw: string;
  html: string;
  documentXml: string;
  stylesXml: string;
  footerXml: string;
}

export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const buffer = Buffer.from(bytes);
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  return {
    raw: (await mammoth.extractRawText({ buffer })).value,
    html: (await mammoth.convertToHtml({ buffer })).value,
    documentXml: await part('word/document.xml'),
    stylesXml: await part('word/styles.xml'),
    footerXml: (await Promise.all(footers.map(part))).join('\n'),
  };
}

export interface HtmlCell {
  header: boolean;
  text: string;
  colspan: number;
  rowspan: number;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The tables of mammoth's HTML: rows of cells with their spans and text (paragraphs joined). */
export function htmlTables(html: string): HtmlCell[][][] {
  const tables: HtmlCell[][][] = [];
  for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
    const rows: HtmlCell[][] = [];
    for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      const cells: HtmlCell[] = [];
      for (const m of row.matchAll(/<(t[dh])((?:\s+\w+="[^"]*")*)\s*>([\s\S]*?)<\/\1>/g)) {
        const attributes = m[2] ?? '';
        const span = (name: string): number => Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);
        cells.push({
          header: m[1] === 'th',
          text: decodeEntities((m[3] ?? '').replace(/<[^>]+>/g, '')),
          colspan: span('colspan'),
          rowspan: span('rowspan'),
        });
      }
      rows.push(cells);
    }
    tables.push(rows);
  }
  return tables;
}

/** document.xml cut at each section end: the XML of each section with its orientation. */
export function sectionsOf(documentXml: string): Array<{ xml: string; landscape: boolean }> {
  const sections: Array<{ xml: string; landscape: boolean }> = [];
  const pattern = /<w:sectPr[\s\S]*?<\/w:sectPr>/g;
  let start = 0;
  for (const m of documentXml.matchAll(pattern)) {
    const end = m.index! + m[0].length;
    sections.push({ xml: documentXml.slice(start, end), landscape: /w:orient="landscape"/.test(m[0]) });
    start = end;
  }
  return sections;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
