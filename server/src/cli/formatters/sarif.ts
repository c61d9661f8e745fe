/**
 * SARIF 2.1.0 (OASIS) output for code-scanning dashboards: one run, the tool's rules metadata (id, name,
 * shortDescription, helpUri, defaultConfiguration.level), results with 1-based regions in UTF-16 code
 * units (the editor's columns), the safe quick-fixes as `fixes`, unreadable files as IO001 results and
 * tool notifications.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../diagnostics/finding';
import type { Range } from '../../syntax/lineIndex';
import { docsLink, ruleInfo } from '../check/ruleCatalog';
import type { FileReport, ReportedFinding } from '../check/task';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A file path as a URI reference: relative paths stay relative (to the working directory). */
export function artifactUri(file: string): string {
  if (file === '-') return 'stdin';
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export interface SarifOptions {
  version: string;
  /** Absolute address of docs/rules.md (helpUri needs an absolute URI). */
  rulesDocUrl?: string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { category: string };
}

function ruleName(id: string, category: string): string {
  return `${category}/${id}`;
}

export function toSarif(reports: FileReport[], options: SarifOptions): Record<string, unknown> {
  const ruleIndex = new Map<string, number>();
  const rules: SarifRule[] = [];
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      const info = ruleInfo(id);
      index = rules.length;
      ruleIndex.set(id, index);
      rules.push({
        id,
        name: ruleName(id, info.category),
        shortDescription: { text: info.title },
        ...(options.rulesDocUrl ? { helpUri: docsLink(id, options.rulesDocUrl) } : {}),
        defaultConfiguration: { level: sarifLevel(info.defaultSeverity) },
        properties: { category: info.category },
      });
    }
    return index;
  };
  const results: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const report of reports) {
    const uri = artifactUri(report.file);
    if (report.readError) {
      const message = { text: `无法读取 ${report.file}：${report.readError}` };
      results.push({
        ruleId: 'IO001',
        ruleIndex: indexOf('IO001'),
        level: 'error',
        message,
        locations: [{ physicalLocation: { artifactLocation: { uri } } }],
      });
      notifications.push({ level: 'error', message, locations: [{ physicalLocation: { artifactLocation: { uri } } }] });
      continue;
    }
    for (const f of report.findings) results.push(result(f, uri, indexOf(f.ruleId)));
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'disclosure-check',
            semanticVersion: options.version,
            ...(options.rulesDocUrl ? { informationUri: options.rulesDocUrl } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

function result(f: ReportedFinding, uri: string, index: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex: index,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f.range) } }],
  };
  if (f.related && f.related.length > 0) {
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      message: { text: r.message },
      physicalLocation: { artifactLocation: { uri: r.uri ?? uri }, region: region(r.range) },
    }));
  }
  const fixes = (f.fixes ?? []).filter((x) => x.safe);
  if (fixes.length > 0) {
    out.fixes = fixes.map((x) => ({
      description: { text: x.title },
      artifactChanges: [
        {
          artifactLocation: { uri },
          replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
        },
      ],
    }));
  }
  return out;
}

export function formatSarif(reports: FileReport[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(reports, options), null, 2)}\n`;
}
