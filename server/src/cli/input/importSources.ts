/**
 * `disclosure-check` given a .pdf, .docx or .xlsx: the file is imported first (server/src/import) and the
 * imported text is checked. Findings keep pointing at lines of the imported text (the same text that
 * `disclosure-import` writes) and name the source page their block came from (PDF).
 */
import { readFileSync } from 'node:fs';
import type { CheckTask, FileReport, ReportedFinding } from '../check/task';
import { loadImporter } from './loadImporter';

export interface ImportedSource {
  /** Source page per line of the imported text. */
  pages: (number | undefined)[];
}

function isImportablePath(path: string): boolean {
  return /\.(pdf|docx|xlsx)$/i.test(path);
}

/** Imports every importable file of the batch in place: the task then carries the imported text's bytes. */
export async function importSources(tasks: CheckTask[]): Promise<Map<number, ImportedSource>> {
  const imported = new Map<number, ImportedSource>();
  const wanted = tasks.filter((task) => !task.problem && task.readPath && isImportablePath(task.readPath));
  if (wanted.length === 0) return imported;
  const importer = await loadImporter();
  for (const task of wanted) {
    try {
      const result = await importer.importFile(new Uint8Array(readFileSync(task.readPath!)), task.file);
      task.bytes = new TextEncoder().encode(result.text);
      // Nothing is ever written back into a PDF, Word or Excel file (`--fix` only reports).
      delete task.readPath;
      imported.set(task.index, { pages: result.pages });
      importer.done();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      task.problem = code === 'ENOENT' ? '文件不存在' : `无法导入：${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return imported;
}

/** Adds “（导入文本第 N 行，原文第 P 页）” to each finding of an imported file. */
export function annotateImportedFindings(report: FileReport, source: ImportedSource): void {
  report.findings = report.findings.map((finding): ReportedFinding => {
    const line = finding.range.start.line;
    const page = source.pages[line];
    const where = page !== undefined ? `（导入文本第 ${line + 1} 行，原文第 ${page} 页）` : `（导入文本第 ${line + 1} 行）`;
    return { ...finding, message: `${finding.message}${where}` };
  });
}
