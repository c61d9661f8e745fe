/**
 * One document in one export format: Word (the published layout, server/src/export/docx/) or the
 * standalone HTML page of the preview (the findings marked, as the editor's “导出预览为 HTML”).
 */
import { checkText } from '../check';
import type { CheckSettings } from '../config/settings';
import { renderStandalonePage } from '../preview/page';
import { renderPreview } from '../preview/render';
import { exportDocxFromText } from './docx/docxFromText';

export type ExportFormat = 'docx' | 'html';

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { docx: '.docx', html: '.html' };

export async function exportDocument(text: string, uri: string, format: ExportFormat, settings: CheckSettings, title: string): Promise<Uint8Array> {
  if (format === 'docx') return exportDocxFromText(text, uri);
  const { document, findings } = checkText(text, uri, settings);
  return new TextEncoder().encode(renderStandalonePage(renderPreview(document, findings), title));
}
