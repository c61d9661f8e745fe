/**
 * The text cells of the tables (names, descriptions, 项目简介 …; not figures, codes or blanks) that hold a
 * thousands separator `,` or an equals sign `=`/`＝`: the only ones the rules that read free text in tables look
 * at (PRO015: a misgrouped amount needs a `,`; PRO011: a written-out product or quotient needs an `=`). Collected
 * in one pass per document and shared, so that each rule does not walk every cell of every table again; a seed
 * has some 700 text cells and fewer than 30 of these.
 */
import type { Cell } from '../model/types';
import type { RuleContext } from './types';

/** A character a kept cell must hold; the regexp scans a table's source lines natively. */
const SEPARATOR_OR_EQUALS = /[,=＝]/;

/** The same test for one (short) cell text: a character loop costs less than a regexp call here. */
function holdsSeparatorOrEquals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c || code === 0x3d || code === 0xff1d) return true;
  }
  return false;
}

export function textCellsWithSeparators(context: RuleContext): readonly Cell[] {
  return context.shared('tables.textCellsWithSeparators', () => {
    const cells: Cell[] = [];
    const tables = context.document.tables;
    const { text, lineIndex } = context.document;
    for (let t = 0; t < tables.length; t++) {
      const body = tables[t]!.body;
      if (body.length === 0) continue;
      // Cell texts are taken from the source (only `\|` is unescaped): a table whose lines hold no `,` and no `=`
      // has no such cell, and most tables (figures written without separators) are passed over without a look at
      // their cells.
      const firstLine = Math.min(tables[t]!.range.start.line, body[0]!.range.start.line);
      const lastLine = Math.max(tables[t]!.range.end.line, body[body.length - 1]!.range.end.line);
      const source = text.slice(lineIndex.offsetAt({ line: firstLine, character: 0 }), lineIndex.offsetAt({ line: lastLine + 1, character: 0 }));
      if (!SEPARATOR_OR_EQUALS.test(source)) continue;
      for (let r = 0; r < body.length; r++) {
        const row = body[r]!.cells;
        for (let c = 0; c < row.length; c++) {
          const cell = row[c]!;
          if (cell.kind === 'text' && holdsSeparatorOrEquals(cell.text)) cells.push(cell);
        }
      }
    }
    return cells;
  });
}
