/** Compiler-style text output: `file:line:col severity code message`. */
import type { FileReport } from '../report';

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.readError) {
      lines.push(`${report.file}: error 无法读取：${report.readError}`);
      continue;
    }
    for (const f of report.findings) {
      lines.push(
        `${report.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message}`,
      );
    }
  }
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) for (const f of report.findings) counts[f.severity]++;
  lines.push(
    `${reports.length} 个文件：${counts.error} 个错误，${counts.warning} 个警告，${counts.information} 个提示信息，${counts.hint} 个建议。`,
  );
  return `${lines.join('\n')}\n`;
}
