/**
 * In-process protocol harness: the real server (startServer) and a JSON-RPC client connected by a pair
 * of PassThrough streams. The client answers workspace/configuration from `settings` and records every
 * publishDiagnostics notification.
 */
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { startServer, type ServerHandle, type ServerOptions } from '../../server/src/lsp/server';

export interface Published {
  uri: string;
  version: number | undefined;
  diagnostics: Diagnostic[];
  at: number;
}

export interface Harness {
  client: MessageConnection;
  server: ServerHandle;
  published: Published[];
  logs: string[];
  /** What the client answers to workspace/configuration for section `disclosure`. */
  settings: Record<string, unknown>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, changes: Array<{ range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): Promise<void>;
  /** Resolves with the first publish for `uri` (and `version`, if given) after now, or earlier ones matching. */
  waitForDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Published>;
  close(): void;
}

export async function startHarness(
  settings: Record<string, unknown> = {},
  options: ServerOptions = {},
  initialize: { rootUri?: string } = {},
): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const server = startServer(serverConnection, options);
  serverConnection.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: Published[] = [];
  const logs: string[] = [];
  const waiters: Array<{ uri: string; version: number | undefined; resolve: (p: Published) => void }> = [];
  const harness: Harness = {
    client,
    server,
    published,
    logs,
    settings,
    async open(uri, text, version = 1) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'disclosure', version, text } });
    },
    async change(uri, version, changes) {
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    waitForDiagnostics(uri, version, timeoutMs = 5000) {
      const existing = published.find((p) => p.uri === uri && (version === undefined || p.version === version));
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`没有收到 ${uri} 版本 ${version} 的诊断`)), timeoutMs);
        waiters.push({
          uri,
          version,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
    close() {
      server.dispose();
      client.dispose();
      serverConnection.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
  client.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((item) => (item.section === 'disclosure' ? harness.settings : null)),
  );
  client.onRequest('client/registerCapability', () => null);
  client.onNotification('window/logMessage', (params: { message: string }) => logs.push(params.message));
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const entry: Published = { uri: params.uri, version: params.version, diagnostics: params.diagnostics, at: Date.now() };
    published.push(entry);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i]!;
      if (waiter.uri === entry.uri && (waiter.version === undefined || waiter.version === entry.version)) {
        waiters.splice(i, 1);
        waiter.resolve(entry);
      }
    }
  });
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: initialize.rootUri ?? null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { versionSupport: true } },
    },
  });
  await client.sendNotification('initialized', {});
  return harness;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
