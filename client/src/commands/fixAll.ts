/** “修复全部问题”: runs the server's `source.fixAll.disclosure` code action on the active document. */
import * as vscode from 'vscode';

export async function fixAll(editor: vscode.TextEditor | undefined): Promise<void> {
  if (!editor || editor.document.languageId !== 'disclosure') return;
  await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.disclosure', apply: 'first' });
}
