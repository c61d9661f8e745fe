/**
 * “导出为 Word”: the document laid out as a published disclosure in a .docx file (headings, tables with
 * merged and repeated headers, wide tables on landscape pages, 名词解释, page numbers). The exporter is
 * bundled as dist/docxExport.cjs and loaded the first time the command runs.
 */
import * as vscode from 'vscode';

interface DocxExporterModule {
  exportDocxFromText(text: string, uri: string): Promise<Uint8Array>;
}

let exporter: DocxExporterModule | undefined;

function loadExporter(context: vscode.ExtensionContext): DocxExporterModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  exporter ??= require(context.asAbsolutePath('dist/docxExport.cjs')) as DocxExporterModule;
  return exporter;
}

export async function exportWord(context: vscode.ExtensionContext, document: vscode.TextDocument | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!document || document.languageId !== 'disclosure') return undefined;
  const defaultUri = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/\.disclosure$/, '') + '.docx' }) : undefined;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri,
      filters: { Word: ['docx'] },
      title: vscode.l10n.t('Export as Word'),
    }));
  if (!uri) return undefined;
  const bytes = await loadExporter(context).exportDocxFromText(document.getText(), document.uri.toString());
  await vscode.workspace.fs.writeFile(uri, bytes);
  void vscode.window.showInformationMessage(vscode.l10n.t('Word document exported to {0}', uri.fsPath || uri.toString()));
  return uri;
}
