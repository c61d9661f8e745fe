/**
 * Text in, .docx bytes out: what the extension's “导出为 Word” command loads (bundled as
 * dist/docxExport.cjs, only when the command runs) and what `disclosure-export --docx` writes.
 */
import { parseDocument } from '../../model/buildModel';
import { exportDocx } from './buildDocx';

export function exportDocxFromText(text: string, uri: string): Promise<Uint8Array> {
  return exportDocx(parseDocument(text, uri));
}
