/**
 * JSON output: an array of findings with 1-based line/column
 * `{file, line, column, endLine, endColumn, severity, code, message, docs, fixable}` (the shape of issue 2
 * plus `docs`, the rule's documentation link, and `fixable`, whether a safe fix exists).
 */
import type { Severity } from '../../diagnostics/finding';
import { docsLink } from '../check/ruleCatalog';
import type { FileReport } from '../check/task';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /** `docs/rules.md#bal001`, or under `--docs-url`. */
  docs: string;
  /** A determined (safe) quick-fix exists: `--fix` would correct it. */
  fixable: boolean;
}

export function toJsonFindings(reports: FileReport[], docsBase?: string): JsonFinding[] {
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
        docs: docsLink('IO001', docsBase),
        fixable: false,
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
        docs: docsLink(f.ruleId, docsBase),
        fixable: f.fixable,
      });
    }
  }
  return out;
}

export function formatJson(reports: FileReport[], docsBase?: string): string {
  return `${JSON.stringify(toJsonFindings(reports, docsBase), null, 2)}\n`;
}
