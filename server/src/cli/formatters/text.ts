/**
 * Compiler-style text output: `file:line:col severity code message`, then the source line and a caret
 * line under the range; unreadable files as `file: error IO001 无法读取：…`; then (for a batch, or with
 * `--summary`) the tables per file and per rule, and the totals line.
 */
import type { Severity } from '../../diagnostics/finding';
import type { FileReport, ReportedFinding } from '../check/task';
import { NO_COLORS, type Palette } from './colors';
import { excerpt } from './excerpt';
import { summaryTables, totalsLine } from './summary';

export interface TextOptions {
  palette?: Palette;
  /** Findings with excerpts (default true; false with `--summary`). */
  findings?: boolean;
  /** The per-file and per-rule tables (default: when more than one file). */
  tables?: boolean;
  /** The totals line (default true; false with `--quiet`). */
  totals?: boolean;
}

function severityLabel(severity: Severity, palette: Palette): string {
  switch (severity) {
    case 'error':
      return palette.red(palette.bold('error'));
    case 'warning':
      return palette.yellow(palette.bold('warning'));
    case 'information':
      return palette.blue('information');
    case 'hint':
      return palette.dim('hint');
  }
}

function findingLines(report: FileReport, f: ReportedFinding, palette: Palette): string[] {
  const where = `${report.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  const fixable = f.fixable ? palette.dim(' [可自动修正]') : '';
  const lines = [`${palette.bold(where)} ${severityLabel(f.severity, palette)} ${palette.dim(f.ruleId)} ${f.message}${fixable}`];
  const source = report.lines[f.range.start.line];
  if (source !== undefined && source.trim() !== '') {
    const gutter = String(f.range.start.line + 1);
    const blank = ' '.repeat(gutter.length);
    const { source: text, carets } = excerpt(source, f.range);
    const caretColour = f.severity === 'error' ? palette.red : f.severity === 'warning' ? palette.yellow : palette.cyan;
    lines.push(`${palette.dim(`${gutter} |`)} ${text}`, `${palette.dim(`${blank} |`)} ${caretColour(carets)}`);
  }
  return lines;
}

export function formatText(reports: FileReport[], options: TextOptions = {}): string {
  const palette = options.palette ?? NO_COLORS;
  const out: string[] = [];
  if (options.findings !== false) {
    for (const report of reports) {
      if (report.readError) {
        out.push(`${palette.bold(report.file)}: ${severityLabel('error', palette)} ${palette.dim('IO001')} 无法读取：${report.readError}`);
        continue;
      }
      for (const f of report.findings) out.push(...findingLines(report, f, palette));
    }
  }
  const tables = options.tables ?? reports.length > 1;
  if (tables) {
    if (out.length > 0) out.push('');
    out.push(...summaryTables(reports));
  }
  if (options.totals !== false) {
    if (out.length > 0) out.push('');
    out.push(totalsLine(reports, palette));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
