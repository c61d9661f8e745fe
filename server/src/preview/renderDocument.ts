/**
 * Text in, preview HTML out: the whole check (the same `checkText` as the LSP and the CLI) followed by
 * the renderer. What the language server's `disclosure/preview` request answers, and what the extension
 * falls back to (bundled as dist/previewRenderer.cjs) when a server does not offer that request.
 */
import { checkText } from '../check';
import { resolveSettings } from '../config/settings';
import { renderPreview } from './render';

export interface PreviewResult {
  html: string;
  /** Number of findings marked. */
  findings: number;
}

export function renderDocumentPreview(text: string, uri: string, settings?: unknown): PreviewResult {
  const { document, findings } = checkText(text, uri, resolveSettings(settings));
  return { html: renderPreview(document, findings), findings: findings.length };
}

export { renderStandalonePage } from './page';
