/**
 * The text cells of every table (names, descriptions, 项目简介 …; not figures, codes or blanks), collected in one
 * pass per document and shared by the rules that read free text in tables (PRO011, PRO015), so that each does not
 * walk every cell of every table again.
 */
import type { Cell } from '../model/types';
import type { RuleContext } from './types';

export function tableTextCells(context: RuleContext): readonly Cell[] {
  return context.shared('tables.textCells', () => {
    const cells: Cell[] = [];
    for (const table of context.document.tables) {
      for (const row of table.body) for (const cell of row.cells) if (cell.kind === 'text') cells.push(cell);
    }
    return cells;
  });
}
