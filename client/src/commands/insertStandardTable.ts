/** “插入标准表格”: a quick pick of the standard tables, inserted at the cursor on a line of its own. */
import * as vscode from 'vscode';
import { STANDARD_TABLES, standardTableText } from '../templates/standardTables';

export async function insertStandardTable(editor: vscode.TextEditor | undefined): Promise<boolean> {
  if (!editor || editor.document.languageId !== 'disclosure') return false;
  const pick = await vscode.window.showQuickPick(
    STANDARD_TABLES.map((t) => ({ label: t.name, description: t.usuallyEmpty ? '本表无数据' : undefined, table: t })),
    { title: vscode.l10n.t('Insert a standard table') },
  );
  if (!pick) return false;
  const amountUnit = /^金额单位\s*[:：]\s*(\S+)/m.exec(editor.document.getText())?.[1] ?? '万元';
  const text = standardTableText(pick.table, { amountUnit, empty: pick.table.usuallyEmpty === true });
  const position = editor.selection.active;
  const line = editor.document.lineAt(position.line);
  const before = line.isEmptyOrWhitespace ? '' : '\n\n';
  const at = line.isEmptyOrWhitespace ? line.range.start : line.range.end;
  return editor.edit((builder) => builder.insert(at, `${before}${text}\n`));
}
