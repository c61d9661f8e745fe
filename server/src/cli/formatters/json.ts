/**
 * JSON output: an array of findings with 1-based line/column
 * `{file, line, column, endLine, endColumn, severity, code, message}`.
 */
import type { FileReport } from '../report';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

export function toJsonFindings(reports: FileReport[]): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const report of reports) {
    if (report.readError) {
      out.push({
        file: report.file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        severity: 'error',
        code: 'IO001',
        message: `无法读取：${report.readError}`,
      });
      continue;
    }
    for (const f of report.findings) {
      out.push({
        file: report.file,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        severity: f.severity,
        code: f.ruleId,
        message: f.message,
      });
    }
  }
  return out;
}

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(toJsonFindings(reports), null, 2)}\n`;
}
