/**
 * One preview webview beside the editor of a disclosure document: renders through PreviewSource,
 * updates live (throttled) with postMessage, reveals source lines on click and keeps the editor and
 * the preview scrolled together.
 */
import * as vscode from 'vscode';
import { createNonce, renderWebviewPage } from '../../../server/src/preview/page';
import type { PreviewSource } from './previewSource';

export const PREVIEW_VIEW_TYPE = 'disclosure.preview';

type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number; character: number } | { type: 'scrolled'; line: number };

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastUpdate = 0;
  /** The document version the webview's initial HTML shows. */
  private renderedVersion = -1;
  private ignoreEditorScrollUntil = 0;
  private ignoreWebviewScrollUntil = 0;
  private disposed = false;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    readonly document: vscode.TextDocument,
    private readonly source: PreviewSource,
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m), undefined, this.disposables);
    // A hidden webview is rebuilt from its first HTML when shown again: bring it up to date.
    panel.onDidChangeViewState((e) => e.webviewPanel.visible && this.scheduleUpdate(), undefined, this.disposables);
    vscode.workspace.onDidChangeTextDocument(
      (e) => {
        if (e.document.uri.toString() === document.uri.toString()) this.scheduleUpdate();
      },
      undefined,
      this.disposables,
    );
    vscode.workspace.onDidChangeConfiguration(
      (e) => {
        if (e.affectsConfiguration('disclosure')) this.scheduleUpdate();
      },
      undefined,
      this.disposables,
    );
    vscode.window.onDidChangeTextEditorVisibleRanges(
      (e) => {
        if (e.textEditor.document.uri.toString() !== document.uri.toString() || !this.scrollSync()) return;
        if (Date.now() < this.ignoreEditorScrollUntil) return;
        const line = e.visibleRanges[0]?.start.line;
        if (line === undefined) return;
        this.ignoreWebviewScrollUntil = Date.now() + 300;
        void panel.webview.postMessage({ type: 'scrollToLine', line });
      },
      undefined,
      this.disposables,
    );
  }

  static async create(
    document: vscode.TextDocument,
    column: vscode.ViewColumn,
    source: PreviewSource,
    context: vscode.ExtensionContext,
    log: vscode.LogOutputChannel,
  ): Promise<PreviewPanel> {
    const title = vscode.l10n.t('Preview {0}', fileName(document));
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, title, { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    });
    const preview = new PreviewPanel(panel, document, source, context, log);
    await preview.loadPage();
    return preview;
  }

  private scrollSync(): boolean {
    return vscode.workspace.getConfiguration('disclosure.preview').get<boolean>('scrollSync', true);
  }

  private throttleMs(): number {
    return vscode.workspace.getConfiguration('disclosure.preview').get<number>('throttleMs', 300);
  }

  /** The first render: the whole page (CSP, nonce, script); later renders only replace the body. */
  private async loadPage(): Promise<void> {
    const started = Date.now();
    const { html, version } = await this.source.render(this.document);
    if (this.disposed) return;
    this.renderedVersion = version;
    const webview = this.panel.webview;
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview.js'));
    webview.html = renderWebviewPage({
      body: html,
      nonce: createNonce(),
      cspSource: webview.cspSource,
      scriptUri: scriptUri.toString(),
      title: fileName(this.document),
    });
    this.lastUpdate = Date.now();
    this.log.info(`preview of ${this.document.uri.toString()} rendered in ${Date.now() - started} ms`);
  }

  /** Throttled update: at most one render per throttle interval, the last change always rendered. */
  scheduleUpdate(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastUpdate + this.throttleMs() - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, wait);
  }

  private async update(): Promise<void> {
    if (this.disposed) return;
    this.lastUpdate = Date.now();
    try {
      const { html, version } = await this.source.render(this.document);
      if (!this.disposed) await this.panel.webview.postMessage({ type: 'update', html, version });
    } catch (error) {
      this.log.error(`preview update failed: ${String(error)}`);
    }
  }

  private onMessage(message: FromWebview): void {
    switch (message.type) {
      case 'reveal':
        void this.revealLine(message.line, message.character);
        break;
      case 'scrolled': {
        if (!this.scrollSync() || Date.now() < this.ignoreWebviewScrollUntil) return;
        const editor = this.editor();
        if (!editor) return;
        this.ignoreEditorScrollUntil = Date.now() + 300;
        const position = new vscode.Position(Math.min(message.line, this.document.lineCount - 1), 0);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
        break;
      }
      case 'ready':
        // The page (re)loaded: it shows the HTML it was created with, which may be older than the text.
        if (this.renderedVersion !== this.document.version) this.scheduleUpdate();
        break;
    }
  }

  private editor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document.uri.toString());
  }

  private async revealLine(line: number, character: number): Promise<void> {
    const target = this.editor()?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: target, preserveFocus: false });
    const safeLine = Math.min(Math.max(line, 0), this.document.lineCount - 1);
    const position = new vscode.Position(safeLine, Math.max(0, character));
    editor.selection = new vscode.Selection(position, position);
    this.ignoreEditorScrollUntil = Date.now() + 300;
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    this.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? document.uri.path;
}
