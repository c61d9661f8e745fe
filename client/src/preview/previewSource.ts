/**
 * Where the preview HTML comes from: the language server's `disclosure/preview` request ({uri} →
 * {version, html}); when no server answers it (not started, or an older server), the same renderer
 * bundled as dist/previewRenderer.cjs, loaded only then.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface PreviewHtml {
  html: string;
  version: number;
}

interface RendererModule {
  renderDocumentPreview(text: string, uri: string, settings?: unknown): { html: string };
  renderStandalonePage(body: string, title: string): string;
}

export class PreviewSource {
  private renderer: RendererModule | undefined;
  private serverFailed = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async render(document: vscode.TextDocument): Promise<PreviewHtml> {
    const client = this.client();
    if (client && client.isRunning() && !this.serverFailed) {
      try {
        const result = await client.sendRequest<{ version: number; html: string } | null>('disclosure/preview', {
          uri: document.uri.toString(),
        });
        if (result && typeof result.html === 'string') return { html: result.html, version: result.version ?? document.version };
      } catch (error) {
        this.serverFailed = true;
        this.log.warn(`disclosure/preview failed, rendering in the extension host: ${String(error)}`);
      }
    }
    return this.renderLocally(document);
  }

  renderLocally(document: vscode.TextDocument): PreviewHtml {
    const settings = vscode.workspace.getConfiguration('disclosure');
    const plain = JSON.parse(JSON.stringify(settings)) as unknown;
    return { html: this.module().renderDocumentPreview(document.getText(), document.uri.toString(), plain).html, version: document.version };
  }

  standalonePage(body: string, title: string): string {
    return this.module().renderStandalonePage(body, title);
  }

  private module(): RendererModule {
    if (!this.renderer) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.renderer = require(this.context.asAbsolutePath('dist/previewRenderer.cjs')) as RendererModule;
    }
    return this.renderer;
  }
}
