/** The open previews, one per document. */
import * as vscode from 'vscode';
import { PreviewPanel } from './previewPanel';
import type { PreviewSource } from './previewSource';

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();

  constructor(
    private readonly source: PreviewSource,
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async openToSide(document: vscode.TextDocument): Promise<PreviewPanel> {
    const key = document.uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.reveal();
      return existing;
    }
    const panel = await PreviewPanel.create(document, vscode.ViewColumn.Beside, this.source, this.context, this.log);
    this.panels.set(key, panel);
    panel.onDidDispose(() => this.panels.delete(key));
    return panel;
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    this.panels.clear();
  }
}
