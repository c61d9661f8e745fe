/** The custom request `disclosure/preview`: { uri } → { version, html } of the latest parsed version. */
import type { Finding } from '../diagnostics/finding';
import type { DisclosureDocument } from '../model/types';
import { renderPreview } from '../preview/render';

export const PREVIEW_REQUEST = 'disclosure/preview';

export interface PreviewParams {
  uri: string;
}

export interface PreviewResult {
  version: number;
  html: string;
}

export function previewOf(model: DisclosureDocument, version: number, findings: readonly Finding[]): PreviewResult {
  return { version, html: renderPreview(model, findings) };
}
