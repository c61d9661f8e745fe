/**
 * The language server: wires the connection to the document store, the validation scheduler and the
 * features. Transport-independent (main.ts picks stdio or IPC; the tests connect streams in-process).
 */
import { setCatalogFileReader } from '../catalog/catalogProvider';
import { nodeCatalogFileReader } from '../catalog/nodeFileReader';
import {
  CodeActionKind,
  CodeActionTriggerKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver';
import { checkModelSliced } from '../check';
import { completionResultAt, completionResultForEditedLine } from '../features/completion';
import { warmCodeCompletion } from '../catalog/codeCompletion';
import { definitionsAt } from '../features/definition';
import { documentSymbols } from '../features/documentSymbols';
import { foldingRanges } from '../features/foldingRanges';
import { formatDocument, formatRange } from '../features/formatting/documentFormatter';
import { hoverAt } from '../features/hover';
import { selectionRangeAt } from '../features/selectionRanges';
import type { Rule } from '../rules/types';
import type { Finding } from '../diagnostics/finding';
import { WorkerChecker } from './checkWorker';
import { codeActionsFor, FIX_ALL_KIND } from './codeActions';
import { sizeLimitFinding, toDiagnostic } from './diagnostics';
import { DocumentStore } from './documentStore';
import { PREVIEW_REQUEST, previewOf, type PreviewParams } from './preview';
import { DRAFT_REQUEST, draftReply, type DraftParams } from './draftRequest';
import { SettingsProvider } from './serverSettings';
import { ValidationScheduler } from './validationScheduler';
import { LastYearLinks } from './lastYearLinks';
import { nodeLastYearFiles } from '../lastYear/nodeFiles';
import { linkFromSource } from '../lastYear/parseLink';

export interface ServerHandle {
  store: DocumentStore;
  dispose(): void;
}

export interface ServerOptions {
  /** The rules to run (default: every registered rule); tests pass their own (checked on this thread). */
  rules?: readonly Rule[];
  /**
   * Validate documents longer than `workerAboveChars` in a worker thread started from this file (the
   * bundle); shorter ones, and all of them without an entry, on this thread.
   */
  checkWorkerEntry?: string;
  /** Size (characters) above which the worker validates; default WORKER_ABOVE_CHARS. */
  workerAboveChars?: number;
}

/**
 * Up to this size (about 5,000 lines; the seeds are 37–65 KB) a document is checked on the main thread on
 * the model hover and completion use — one parse per version — in slices of at most SLICE_MS between
 * rules, so requests are answered while it is checked. Beyond it, the worker checks (its own parse), so
 * that a single rule running long on a huge document never blocks a request.
 */
export const WORKER_ABOVE_CHARS = 400_000;
const SLICE_MS = 4;
/**
 * How long before a debounced validation its version starts being parsed and checked (the scheduler's
 * prepare step). The version is parsed there (completion on a line being typed is answered without
 * parsing it), synchronously, then checked in slices; a seed takes ≈ 25 ms of it on a quiet machine. With
 * 50 ms, a stall of the process (a major garbage collection, other processes on the cores) made the parse
 * and checks overrun the debounce — the debounce timer itself then fired late, behind the parse — which
 * was the 20–40 ms past the debounce of the slowest edits of a typing burst. 80 ms leaves room for a stall
 * of 2–3× the work. Not more: the prepare step must come after the next keystroke of someone typing at
 * speed (≈ 120–150 ms apart), or each keystroke would start a parse that blocks the thread while hover
 * and completion requests wait (measured: hover median 5 → 100 ms under load with a lead of 100–125 ms).
 */
const CHECK_AHEAD_MS = 80;

export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  const store = new DocumentStore();
  const settings = new SettingsProvider(connection);
  // Checks on this thread (fallback when the worker is off) read the user's catalog additions too.
  setCatalogFileReader(nodeCatalogFileReader());
  const loggedRuleErrors = new Set<string>();

  /** Logs each distinct failure once (a broken rule would otherwise log on every keystroke). */
  const logError = (what: string, error: unknown): void => {
    const key = `${what}:${error instanceof Error ? error.message : String(error)}`;
    if (loggedRuleErrors.has(key)) return;
    loggedRuleErrors.add(key);
    connection.console.error(`[disclosure] ${what} 出错：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };

  /** Sends diagnostics; a closed connection (shutdown) is not an error worth surfacing. */
  const publish = (params: PublishDiagnosticsParams): void => {
    try {
      connection.sendDiagnostics(params).catch(() => undefined);
    } catch {
      // connection disposed
    }
  };

  const maxSize = (uri: string): number => settings.current(uri).check.maxFileSize;
  const lastYearLinks = new LastYearLinks(nodeLastYearFiles(), () =>
    store.documents.all().map((d) => ({ uri: d.uri, text: d.getText() })),
  );

  let workerBroken = false;
  const worker =
    options.checkWorkerEntry && !options.rules
      ? new WorkerChecker(options.checkWorkerEntry, (error) => {
          workerBroken = true;
          logError('检查线程（改为在主线程检查）', error);
        })
      : undefined;

  /** The findings of one version of a document (undefined: superseded by a newer version, or failed). */
  const computeFindings = async (uri: string, version: number): Promise<Finding[] | undefined> => {
    const current = await settings.get(uri);
    const document = store.get(uri);
    if (!document || document.version !== version) return undefined;
    const text = document.getText();
    let lastYear;
    try {
      lastYear = lastYearLinks.sourceFor(uri, text, settings.workspaceFolders);
    } catch (error) {
      logError('查找上年文档', error);
    }
    if (text.length > current.check.maxFileSize) return [sizeLimitFinding(text.length, current.check.maxFileSize)];
    if (worker && !workerBroken && text.length > (options.workerAboveChars ?? WORKER_ABOVE_CHARS)) {
      const outcome = await worker.check(uri, text, current.check, lastYear);
      if (!outcome) {
        // Superseded by a newer version, or the worker failed: then check here instead.
        if (workerBroken && store.version(uri) === version) return computeFindings(uri, version);
        return undefined;
      }
      for (const failure of outcome.ruleErrors) logError(`检查规则 ${failure.ruleId}`, new Error(failure.message));
      return outcome.findings;
    }
    const model = store.model(uri, current.check.maxFileSize);
    if (!model) return undefined;
    // Let queued edits arrive before the checks start.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (store.version(uri) !== version) return undefined;
    try {
      const link = linkFromSource(lastYear);
      return await checkModelSliced(model, current.check, {
        ...(options.rules ? { rules: options.rules } : {}),
        ...(link ? { lastYear: link } : {}),
        isCancelled: () => store.version(uri) !== version,
        onRuleError: (rule: Rule, error: unknown) => logError(`检查规则 ${rule.id}`, error),
        sliceMs: SLICE_MS,
      });
    } catch (error) {
      logError('检查', error);
      return undefined;
    }
  };

  /**
   * Findings computed or being computed, per document, for one version: started ahead of a debounced
   * validation (the scheduler's prepare step) and taken by the validation itself. Dropped when the
   * settings or last year's document change (`recompute`), so that nothing stale is published.
   */
  const computed = new Map<string, { version: number; findings: Promise<Finding[] | undefined> }>();
  const findingsOf = (uri: string, version: number): Promise<Finding[] | undefined> => {
    const started = computed.get(uri);
    if (started && started.version === version) return started.findings;
    const findings = computeFindings(uri, version);
    computed.set(uri, { version, findings });
    return findings;
  };

  const validate = async (uri: string, version: number): Promise<void> => {
    const findings = await findingsOf(uri, version);
    const entry = computed.get(uri);
    if (entry && entry.version === version) computed.delete(uri);
    if (!findings || store.version(uri) !== version) return; // stale: a newer version is on its way
    store.setFindings(uri, version, findings);
    publish({ uri, version, diagnostics: findings.map((f) => toDiagnostic(f, uri)) });
  };

  /**
   * While the debounce runs out, the version is checked already (typing has paused: this is rarely
   * wasted, and a keystroke stops it between rules); the validation publishes at the debounce as before.
   */
  const scheduler = new ValidationScheduler(validate, {
    prepare: (uri, version) => void findingsOf(uri, version),
    leadMs: CHECK_AHEAD_MS,
  });
  /** Validate a version again (settings or last year's document changed): forget what was computed for it. */
  const recompute = (uri: string, version: number, delayMs: number): void => {
    computed.delete(uri);
    scheduler.schedule(uri, version, delayMs);
  };

  connection.onInitialize((params): InitializeResult => {
    settings.workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (settings.workspaceFolders.length === 0 && params.rootUri) settings.workspaceFolders = [params.rootUri];
    settings.supportsPull = params.capabilities?.workspace?.configuration === true;
    registerConfiguration = params.capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: { label: '预算公开' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        completionProvider: { triggerCharacters: ['：', ':', '|'] },
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorRewrite],
        },
      },
      serverInfo: { name: 'disclosure-language-server', version: '0.1.0' },
    };
  });

  let registerConfiguration = false;
  connection.onInitialized(() => {
    // Pinyin readings of the catalog names, ready before the first completion asks for them.
    warmCodeCompletion();
    // Dynamic registration, so that pulling clients also send didChangeConfiguration.
    if (registerConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    for (const document of store.documents.all()) recompute(document.uri, document.version, 0);
  });

  const openedVersion = new Map<string, number>();
  store.documents.onDidOpen((event) => {
    openedVersion.set(event.document.uri, event.document.version);
    scheduler.schedule(event.document.uri, event.document.version, 0);
  });
  /** Documents that link to `uri` as their last year's disclosure are checked again when it changes. */
  const recheckDependents = (uri: string): void => {
    for (const dependent of lastYearLinks.dependents(uri)) {
      const version = store.version(dependent);
      if (version !== undefined) recompute(dependent, version, settings.current(dependent).check.debounceMs);
    }
  };

  connection.onDidChangeWatchedFiles(() => {
    lastYearLinks.filesChanged();
    for (const document of store.documents.all()) recompute(document.uri, document.version, 0);
  });

  store.documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    recheckDependents(uri);
    // onDidChangeContent also fires on open; the open handler has already scheduled that version.
    if (openedVersion.get(uri) === event.document.version) return;
    void settings.get(uri).then((s) => {
      const document = store.get(uri);
      if (document && document.version === event.document.version) {
        scheduler.schedule(uri, document.version, s.check.debounceMs);
      }
    });
  });
  store.documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.cancel(uri);
    computed.delete(uri);
    openedVersion.delete(uri);
    store.forget(uri);
    settings.forget(uri);
    lastYearLinks.forget(uri);
    recheckDependents(uri); // they read it from disk again
    publish({ uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const model = store.modelAt(params.textDocument.uri, params.position.line, maxSize(params.textDocument.uri));
    if (!model) return null;
    const findings = store.findings(params.textDocument.uri)?.findings ?? [];
    const lastYear = lastYearLinks.link(params.textDocument.uri);
    return hoverAt(model, params.position, { settings: settings.current(model.uri).check, findings, ...(lastYear ? { lastYear } : {}) }, logError) ?? null;
  });

  connection.onDefinition((params) => {
    const model = store.modelAt(params.textDocument.uri, params.position.line, maxSize(params.textDocument.uri));
    return model ? definitionsAt(model, params.position, logError) : null;
  });

  connection.onCompletion((params) => {
    // Typing prose: answered from the model before the keystroke, without parsing the new version.
    const edited = store.modelWithEditedLine(params.textDocument.uri, params.position.line, maxSize(params.textDocument.uri));
    if (edited) return completionResultForEditedLine(edited.model, params.position, edited.lineText, logError);
    const model = store.modelAt(params.textDocument.uri, params.position.line, maxSize(params.textDocument.uri));
    return model ? completionResultAt(model, params.position, logError) : [];
  });

  connection.onDocumentSymbol((params) => {
    const model = store.model(params.textDocument.uri, maxSize(params.textDocument.uri));
    return model ? documentSymbols(model) : [];
  });

  connection.onFoldingRanges((params) => {
    const model = store.model(params.textDocument.uri, maxSize(params.textDocument.uri));
    return model ? foldingRanges(model) : [];
  });

  connection.onSelectionRanges((params) => {
    const model = store.model(params.textDocument.uri, maxSize(params.textDocument.uri));
    return model ? params.positions.map((p) => selectionRangeAt(model, p)) : [];
  });

  connection.onDocumentFormatting((params) => {
    const model = store.model(params.textDocument.uri, maxSize(params.textDocument.uri));
    return model ? formatDocument(model, settings.current(model.uri).format) : [];
  });

  connection.onDocumentRangeFormatting((params) => {
    const model = store.model(params.textDocument.uri, maxSize(params.textDocument.uri));
    return model ? formatRange(model, params.range, settings.current(model.uri).format) : [];
  });

  connection.onCodeAction((params) => {
    const uri = params.textDocument.uri;
    const model = store.model(uri, maxSize(uri));
    if (!model) return [];
    const last = store.findings(uri);
    return codeActionsFor({
      uri,
      model,
      range: params.range,
      diagnostics: params.context.diagnostics,
      ...(params.context.only ? { only: params.context.only } : {}),
      settings: settings.current(uri).check,
      invoked: params.context.triggerKind !== CodeActionTriggerKind.Automatic,
      ...(last && last.version === store.version(uri) ? { findings: last.findings } : {}),
    });
  });

  connection.onRequest(PREVIEW_REQUEST, (params: PreviewParams) => {
    const document = store.get(params.uri);
    const model = store.model(params.uri, maxSize(params.uri));
    if (!document || !model) return null;
    return previewOf(model, document.version, store.findings(params.uri)?.findings ?? []);
  });

  connection.onRequest(DRAFT_REQUEST, (params: DraftParams) => draftReply(params));

  store.documents.listen(connection);
  return {
    store,
    dispose: () => {
      scheduler.dispose();
      worker?.dispose();
    },
  };
}
