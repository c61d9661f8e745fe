/**
 * The preview: the document rendered as it will be published, with the findings marked. Returns the
 * HTML of the page body (no <html>/<head>: page.ts wraps it for the webview or the export). Pure
 * function of the model and the findings, so the language server (`disclosure/preview`), the export
 * and the tests share it.
 */
import type { Finding } from '../diagnostics/finding';
import type { DisclosureDocument } from '../model/types';
import { chartsByTable } from './charts';
import { escapeHtml } from './escape';
import { FindingIndex } from './findingIndex';
import { renderHeading, renderParagraph } from './prose';
import { renderTable, type RenderContext } from './tables';

const SEVERITY_NAMES: Record<Finding['severity'], string> = {
  error: '错误',
  warning: '警告',
  information: '提示',
  hint: '建议',
};

function renderMeta(document: DisclosureDocument): string {
  const meta = document.meta;
  const items: string[] = [];
  if (meta.unitName) items.push(`单位：${meta.unitName}`);
  if (meta.year !== undefined) items.push(`年度：${meta.year}`);
  if (meta.kind) items.push(`类型：${meta.kind}`);
  items.push(`金额单位：${meta.amountUnit}`);
  const line = meta.range?.start.line ?? 0;
  return `<div class="doc-meta" data-line="${line}">${items.map((i) => `<span>${escapeHtml(i)}</span>`).join('')}</div>`;
}

/** Counts, and the findings no element of the page shows (header problems, …), clickable. */
function renderProblems(findings: readonly Finding[], shown: Set<Finding>): string {
  if (findings.length === 0) return '';
  const counts = (['error', 'warning', 'information', 'hint'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SEVERITY_NAMES[s]} ${n}`)
    .join('，');
  const unshown = findings.filter((f) => !shown.has(f));
  const list = unshown
    .map(
      (f) =>
        `<li data-line="${f.range.start.line}" data-character="${f.range.start.character}" class="finding finding-${f.severity}">` +
        `第 ${f.range.start.line + 1} 行 ${escapeHtml(f.ruleId)}：${escapeHtml(f.message)}</li>`,
    )
    .join('');
  return (
    `<section class="problems" data-count="${findings.length}"><div>共 ${findings.length} 个问题（${counts}），` +
    `已在正文中标出；点击标记可跳转到源文本。</div>${list ? `<ul>${list}</ul>` : ''}</section>`
  );
}

export function renderPreview(document: DisclosureDocument, findings: readonly Finding[]): string {
  const context: RenderContext = { findings: new FindingIndex(findings), shown: new Set() };
  const charts = chartsByTable(document);
  const parts: string[] = [];
  for (const block of document.blocks) {
    switch (block.type) {
      case 'heading':
        parts.push(renderHeading(block, context));
        break;
      case 'paragraph':
        parts.push(renderParagraph(block, context));
        break;
      case 'table':
        parts.push(renderTable(block, context));
        parts.push(...(charts.get(block.index) ?? []));
        break;
      case 'comment':
        break;
    }
  }
  const body = parts.join('\n');
  return `<main class="disclosure">${renderMeta(document)}${renderProblems(findings, context.shown)}\n${body}</main>`;
}
