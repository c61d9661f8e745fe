/**
 * Whole HTML pages around the preview body: the webview page (strict CSP with a nonce, only the
 * extension's own script) and the standalone export (inline CSS, no script at all, print-ready).
 */
import { randomBytes } from 'node:crypto';
import { escapeHtml } from './escape';
import { PREVIEW_CSS } from './styles';

/** A fresh nonce for one webview page. */
export function createNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export interface WebviewPageOptions {
  body: string;
  nonce: string;
  /** `webview.cspSource`: the origin of the extension's local resources. */
  cspSource: string;
  /** URI of the webview script (dist/webview.js as a webview URI). */
  scriptUri: string;
  title: string;
}

export function webviewContentSecurityPolicy(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderWebviewPage(options: WebviewPageOptions): string {
  const { nonce } = options;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${webviewContentSecurityPolicy(nonce, options.cspSource).replace(/"/g, "")}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body>
<div id="preview-root">${options.body}</div>
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>`;
}

/** A standalone page: same rendering, inline CSS, nothing to load, no script. */
export function renderStandalonePage(body: string, title: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>${PREVIEW_CSS}</style>
</head>
<body class="export">
${body}
</body>
</html>`;
}
