/** The language client: dist/server.cjs over IPC, for disclosure documents, with the `disclosure` settings. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'disclosure' },
      { scheme: 'untitled', language: 'disclosure' },
    ],
    // `.disclosure` files on disk: a change to last year's document re-checks the documents linked to it.
    synchronize: { configurationSection: 'disclosure', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.disclosure') },
    initializationOptions: { settings: vscode.workspace.getConfiguration('disclosure') },
    outputChannel,
  };
  return new LanguageClient('disclosure', vscode.l10n.t('Budget Disclosure Language Server'), serverOptions, clientOptions);
}
