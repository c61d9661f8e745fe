/** Findings → LSP Diagnostics (code = rule id, source `disclosure`, data = { ruleId, fixes }). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../diagnostics/finding';
import { findRule } from '../rules/registry';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  ruleId: string;
  /** The rule's Chinese title (docs/rules.md explains it under the rule id). */
  ruleTitle?: string;
  fixes: Fix[];
}

export const DIAGNOSTIC_SOURCE = 'disclosure';

export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const title = findRule(finding.ruleId)?.title;
  const data: DiagnosticData = { ruleId: finding.ruleId, ...(title ? { ruleTitle: title } : {}), fixes: finding.fixes ?? [] };
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(finding.related && finding.related.length > 0
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message })) }
      : {}),
    data,
  };
}

/** The one diagnostic of a file too large to check. */
export function sizeLimitFinding(length: number, maxFileSize: number): Finding {
  return {
    ruleId: 'LIM001',
    severity: 'error',
    message: `文件过大（${length} 个字符，上限 ${maxFileSize}，见设置 disclosure.maxFileSize），未检查。`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** Reads Diagnostic.data back (it went through the client, so check its shape). */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || !Array.isArray(data.fixes)) return undefined;
  const fixes = data.fixes.filter(
    (f): f is Fix => !!f && typeof f === 'object' && typeof f.title === 'string' && Array.isArray(f.edits),
  );
  return { ruleId: data.ruleId, fixes };
}
