/**
 * Entry of the language server (bundled to dist/server.cjs). The transport comes from the command line:
 * `--stdio`, `--node-ipc` or `--socket=PORT`, as vscode-languageserver reads it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
