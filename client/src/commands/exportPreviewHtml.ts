/** “导出预览为 HTML”: the same rendering as a standalone, print-ready page (inline CSS, no script). */
import * as vscode from 'vscode';
import type { PreviewSource } from '../preview/previewSource';
import { fileName } from '../preview/previewPanel';

export async function exportPreviewHtml(document: vscode.TextDocument | undefined, source: PreviewSource, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!document || document.languageId !== 'disclosure') return undefined;
  const { html } = await source.render(document);
  const title = fileName(document).replace(/\.disclosure$/, '');
  const page = source.standalonePage(html, title);
  const defaultUri = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/\.disclosure$/, '') + '.html' }) : undefined;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri,
      filters: { HTML: ['html'] },
      title: vscode.l10n.t('Export preview as HTML'),
    }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(page));
  void vscode.window.showInformationMessage(vscode.l10n.t('Preview exported to {0}', uri.fsPath || uri.toString()));
  return uri;
}
