/** The summary tables of the text output: findings per file and per rule, and the totals line. */
import { eastAsianWidth } from 'get-east-asian-width';
import type { Severity } from '../../diagnostics/finding';
import type { FileReport } from '../check/task';
import { ruleInfo } from '../check/ruleCatalog';
import type { Palette } from './colors';

type Counts = Record<Severity, number>;
const zero = (): Counts => ({ error: 0, warning: 0, information: 0, hint: 0 });

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += eastAsianWidth(ch.codePointAt(0)!);
  return w;
}

function table(header: string[], rows: string[][], rightAligned: Set<number>): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const cell = (s: string, i: number) => {
    const pad = ' '.repeat(widths[i]! - width(s));
    return rightAligned.has(i) ? pad + s : s + pad;
  };
  const line = (r: string[]) => r.map(cell).join('  ').replace(/\s+$/, '');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function totals(reports: FileReport[]): Counts & { unreadable: number } {
  const counts = { ...zero(), unreadable: 0 };
  for (const r of reports) {
    if (r.readError) counts.unreadable++;
    for (const f of r.findings) counts[f.severity]++;
  }
  return counts;
}

export function totalsLine(reports: FileReport[], palette: Palette): string {
  const t = totals(reports);
  const parts = [
    `${reports.length} 个文件：`,
    t.error > 0 ? palette.red(`${t.error} 个错误`) : `${t.error} 个错误`,
    `，${t.warning} 个警告，${t.information} 个提示信息，${t.hint} 个建议`,
  ];
  if (t.unreadable > 0) parts.push(palette.red(`，${t.unreadable} 个文件无法读取`));
  const fixed = reports.filter((r) => r.fix && r.fix.edits > 0);
  if (fixed.length > 0) {
    const edits = fixed.reduce((n, r) => n + r.fix!.edits, 0);
    const verb = fixed.some((r) => r.fix!.written) ? '已修正' : '可修正';
    parts.push(`；${verb} ${fixed.length} 个文件中的 ${edits} 处数字`);
  }
  return `${parts.join('')}。`;
}

export function summaryTables(reports: FileReport[]): string[] {
  const fileRows: string[][] = [];
  for (const r of reports) {
    const c = zero();
    for (const f of r.findings) c[f.severity]++;
    fileRows.push([r.file, r.readError ? '无法读取' : String(c.error), String(c.warning), String(c.information), String(c.hint)]);
  }
  const byRule = new Map<string, Counts & { files: Set<string> }>();
  for (const r of reports) {
    for (const f of r.findings) {
      let entry = byRule.get(f.ruleId);
      if (!entry) byRule.set(f.ruleId, (entry = { ...zero(), files: new Set() }));
      entry[f.severity]++;
      entry.files.add(r.file);
    }
    if (r.readError) {
      let entry = byRule.get('IO001');
      if (!entry) byRule.set('IO001', (entry = { ...zero(), files: new Set() }));
      entry.error++;
      entry.files.add(r.file);
    }
  }
  const ruleRows = [...byRule.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, c]) => [id, ruleInfo(id).title, String(c.error), String(c.warning), String(c.information), String(c.hint), String(c.files.size)]);
  const out = ['按文件汇总：', ...table(['文件', '错误', '警告', '提示', '建议'], fileRows, new Set([1, 2, 3, 4]))];
  if (ruleRows.length > 0) {
    out.push('', '按规则汇总：', ...table(['规则', '名称', '错误', '警告', '提示', '建议', '文件数'], ruleRows, new Set([2, 3, 4, 5, 6])));
  }
  return out;
}
