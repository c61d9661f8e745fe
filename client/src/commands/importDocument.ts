/**
 * “从 PDF / Word / Excel 导入”: imports one document (or several files of one document, e.g. a -a/-b pair of
 * PDFs, in the order chosen) into a `.disclosure` file written beside the first source, and opens it
 * in the editor beside the current one. The importer (dist/importer.cjs, with pdf.js) is loaded only
 * when the command runs, so activation stays light.
 */
import * as vscode from 'vscode';

interface ImporterModule {
  importFiles(files: { bytes: Uint8Array; name: string }[]): Promise<{ text: string; missing: Map<string, number> }>;
}

let importer: ImporterModule | undefined;

function loadImporter(context: vscode.ExtensionContext): ImporterModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  importer ??= require(context.asAbsolutePath('dist/importer.cjs')) as ImporterModule;
  return importer;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? 'document';
}

async function targetFor(source: vscode.Uri): Promise<vscode.Uri | undefined> {
  const target = source.with({ path: source.path.replace(/(-[ab])?\.(pdf|docx|xlsx)$/i, '') + '.disclosure' });
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    return target;
  }
  return vscode.window.showSaveDialog({ defaultUri: target, filters: { [vscode.l10n.t('Budget disclosure')]: ['disclosure'] }, title: vscode.l10n.t('Save the imported document') });
}

export async function importDocument(context: vscode.ExtensionContext, uri?: vscode.Uri, uris?: vscode.Uri[]): Promise<vscode.Uri | undefined> {
  let sources = uris && uris.length > 0 ? uris : uri instanceof vscode.Uri ? [uri] : undefined;
  sources ??= await vscode.window.showOpenDialog({
    canSelectMany: true,
    filters: { [vscode.l10n.t('PDF, Word or Excel')]: ['pdf', 'docx', 'xlsx'] },
    title: vscode.l10n.t('Import from PDF, Word or Excel'),
  });
  if (!sources || sources.length === 0) return undefined;
  const target = await targetFor(sources[0]!);
  if (!target) return undefined;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}…', sources.map(baseName).join(' + ')) },
      async () => {
        const files = await Promise.all(sources!.map(async (source) => ({ bytes: await vscode.workspace.fs.readFile(source), name: baseName(source) })));
        return loadImporter(context).importFiles(files);
      },
    );
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const remarks = (result.text.match(/<!-- 导入：/g) ?? []).length;
    const message =
      result.missing.size > 0
        ? vscode.l10n.t('Imported with {0} remarks to review; {1} figures of the source are missing (see the last comment).', remarks, result.missing.size)
        : vscode.l10n.t('Imported with {0} remarks to review (comments starting with 导入：).', remarks);
    void (result.missing.size > 0 ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Import failed: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}
