/**
 * The extension: starts the language client for disclosure documents and registers the commands and
 * the preview. Activated only by `onLanguage:disclosure` (and by its own commands); the activation
 * time is logged to the “预算公开” output channel.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportPreviewHtml } from './commands/exportPreviewHtml';
import { exportWord } from './commands/exportWord';
import { fixAll } from './commands/fixAll';
import { importDocument } from './commands/importDocument';
import { insertStandardTable } from './commands/insertStandardTable';
import { newFromTemplate } from './commands/newFromTemplate';
import { newFromLastYear } from './commands/newFromLastYear';
import { createLanguageClient } from './languageClient';
import { PreviewManager } from './preview/previewManager';
import { PreviewSource } from './preview/previewSource';

const loadedAt = performance.now();
let client: LanguageClient | undefined;

function activeDisclosureDocument(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri instanceof vscode.Uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'disclosure' ? document : undefined;
}

export interface DisclosureExtensionApi {
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): DisclosureExtensionApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('预算公开', { log: true });
  context.subscriptions.push(log);

  const source = new PreviewSource(context, () => client, log);
  const previews = new PreviewManager(source, context, log);
  context.subscriptions.push(previews);

  context.subscriptions.push(
    vscode.commands.registerCommand('disclosure.openPreviewToSide', async (uri?: vscode.Uri) => {
      const document = activeDisclosureDocument(uri);
      if (document) await previews.openToSide(document);
    }),
    vscode.commands.registerCommand('disclosure.fixAll', () => fixAll(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('disclosure.newFromTemplate', () => newFromTemplate()),
    vscode.commands.registerCommand('disclosure.newFromLastYear', (source?: vscode.Uri, target?: vscode.Uri) =>
      newFromLastYear(() => client, source instanceof vscode.Uri ? source : undefined, target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.commands.registerCommand('disclosure.insertStandardTable', () => insertStandardTable(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('disclosure.importDocument', (uri?: vscode.Uri, uris?: vscode.Uri[]) =>
      importDocument(context, uri instanceof vscode.Uri ? uri : undefined, Array.isArray(uris) ? uris : undefined),
    ),
    vscode.commands.registerCommand('disclosure.exportPreviewHtml', (uri?: vscode.Uri, target?: vscode.Uri) =>
      exportPreviewHtml(activeDisclosureDocument(uri), source, target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.commands.registerCommand('disclosure.exportWord', (uri?: vscode.Uri, target?: vscode.Uri) =>
      exportWord(context, activeDisclosureDocument(uri), target instanceof vscode.Uri ? target : undefined),
    ),
  );

  client = createLanguageClient(context, log);
  const clientStarted = performance.now();
  client.start().then(
    () => log.info(`language server ready in ${Math.round(performance.now() - clientStarted)} ms`),
    (error: unknown) => log.error(`language server failed to start: ${String(error)}`),
  );

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms (module load to activate end: ${(performance.now() - loadedAt).toFixed(1)} ms)`);
  return { activationMs };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
