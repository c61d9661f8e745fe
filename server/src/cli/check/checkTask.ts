/**
 * One file, start to end: read, decode, pick the settings, check (and with `--fix` apply every safe fix
 * exactly as the editor's “fix all” does, then report what remains), filter by `--rule`/`--severity`.
 * Runs in a worker thread or in the main thread; never throws — a failure becomes the file's readError.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkParsed, checkText } from '../../check';
import type { CheckSettings } from '../../config/settings';
import type { Finding, Severity } from '../../diagnostics/finding';
import { fixAll } from '../../fixes/fixAll';
import { decodeBytes, DecodeError, encodeText } from '../input/decode';
import { ALWAYS_REPORTED, ruleCatalog } from './ruleCatalog';
import type { CheckTask, FileReport, FixOutcome, ReportedFinding, ReportNeeds } from './task';
import { unifiedDiff } from './unifiedDiff';
import { setCatalogFileReader } from '../../catalog/catalogProvider';
import { nodeCatalogFileReader } from '../../catalog/nodeFileReader';
import { LastYearResolver } from '../../lastYear/resolveLastYear';
import { nodeLastYearFiles } from '../../lastYear/nodeFiles';
import { headerFactsOfDocument } from '../../lastYear/header';
import { parseDocument } from '../../model/buildModel';
import type { LastYearSource } from '../../lastYear/types';

// The config's catalogExtraFile is made absolute by input/config.ts; read it from disk (docs/catalog.md).
setCatalogFileReader(nodeCatalogFileReader());

// Last year's disclosure of each file (`上年文档`, or the same 单位's file of the year before nearby).
const lastYearResolver = new LastYearResolver(nodeLastYearFiles());

let checkedHere = 0;

/** Documents this thread has checked (the launcher writes its code cache only after one: launch.ts). */
export function documentsCheckedHere(): number {
  return checkedHere;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function readErrorReason(error: unknown): string {
  if (error instanceof DecodeError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EISDIR') return '这是一个目录';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  return error instanceof Error ? error.message : String(error);
}

/** `--rule`: every other known rule is turned off, so neither the check nor the fixes touch it. */
export function settingsForRules(settings: CheckSettings, onlyRules: string[] | undefined): CheckSettings {
  if (!onlyRules || onlyRules.length === 0) return settings;
  const keep = new Set(onlyRules);
  const severities = { ...settings.severities };
  for (const id of ruleCatalog().keys()) if (!keep.has(id) && !ALWAYS_REPORTED.has(id)) severities[id] = 'off';
  return { ...settings, severities };
}

function keepFinding(finding: Finding, task: CheckTask, only: Set<string> | undefined): boolean {
  if (only && !only.has(finding.ruleId) && !ALWAYS_REPORTED.has(finding.ruleId)) return false;
  return SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[task.minSeverity];
}

/** The text of the lines findings start on, found by scanning line breaks only up to the last of them. */
function sourceLines(text: string, findings: ReportedFinding[]): Record<number, string> {
  const lines: Record<number, string> = {};
  if (findings.length === 0) return lines;
  const wanted = new Set(findings.map((f) => f.range.start.line));
  const last = Math.max(...wanted);
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let line = 0; line <= last; line++) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    if (wanted.has(line)) lines[line] = text.slice(start, end);
    if (!match) break;
    start = lineBreak.lastIndex;
  }
  return lines;
}

const EVERYTHING: ReportNeeds = { sourceLines: true, related: true, fixes: true };

/**
 * A finding as the report carries it: whether it has a safe fix (every output reads only those), the safe
 * fixes themselves and its related locations only when the output shows them.
 */
function asReported(finding: Finding, needs: ReportNeeds): ReportedFinding {
  const { fixes: all, related, ...rest } = finding;
  const fixes = all?.filter((fix) => fix.safe === true) ?? [];
  return { ...rest, fixable: fixes.length > 0, ...(needs.fixes && fixes.length > 0 ? { fixes } : {}), ...(related && needs.related ? { related } : {}) };
}

/** A finding of the CLI's own (the file is too large, the checker crashed): no fix, nothing related. */
function ownFinding(ruleId: string, message: string): ReportedFinding {
  return { ruleId, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, fixable: false };
}

/** The file could not be checked: the parser, the fixer or the worker itself failed. */
export function internalErrorFinding(error: unknown): ReportedFinding {
  const detail = error instanceof Error ? error.message : String(error);
  return ownFinding('INT001', `检查器内部出错，此文件未能检查：${detail}`);
}

export function runCheckTask(task: CheckTask): FileReport {
  const started = performance.now();
  const base = { index: task.index, file: task.file };
  const done = (report: Omit<FileReport, 'index' | 'file' | 'ms'>): FileReport => ({
    ...base,
    ...report,
    ms: performance.now() - started,
  });
  if (task.problem) return done({ findings: [], lines: {}, readError: task.problem });
  let bytes: Uint8Array;
  let decoded;
  try {
    bytes = task.bytes ?? readFileSync(task.readPath ?? task.file);
    decoded = decodeBytes(bytes, task.encoding);
  } catch (error) {
    return done({ findings: [], lines: {}, readError: readErrorReason(error) });
  }
  const settings = settingsForRules(task.settings, task.onlyRules);
  if (bytes.byteLength > settings.maxFileSize) {
    const finding = ownFinding('LIM001', `文件过大（${bytes.byteLength} 字节，上限 ${settings.maxFileSize}），未检查。`);
    return done({ findings: [finding], lines: {}, encoding: decoded.encoding });
  }
  let text = decoded.text;
  let fix: FixOutcome | undefined;
  try {
    const where = task.readPath ? { documentPath: task.readPath } : { baseFolder: process.cwd() };
    const withLastYear = (lastYear: LastYearSource | undefined) => (lastYear ? { lastYear } : {});
    let checked: Finding[];
    if (task.fix === 'none') {
      // One parse: the model's header gives the last-year search its facts (instead of a parse of its own).
      const document = parseDocument(text, task.file);
      const lastYear = lastYearResolver.resolveWithFacts(where, headerFactsOfDocument(document));
      checked = checkParsed(document, settings, withLastYear(lastYear));
    } else {
      const options = withLastYear(lastYearResolver.resolve({ text, ...where }));
      const fixed = fixAll(text, settings, options);
      const changed = fixed.text !== text;
      let written = false;
      if (changed && task.fix === 'write' && task.readPath) {
        writeFileSync(task.readPath, encodeText(fixed.text, decoded.encoding));
        written = true;
      }
      fix = { edits: changed ? fixed.edits.length : 0, written, diff: task.fix === 'dry-run' ? unifiedDiff(task.file, text, fixed.text) : '' };
      text = fixed.text;
      checked = checkText(text, task.file, settings, options).findings;
    }
    checkedHere++;
    const needs = task.needs ?? EVERYTHING;
    const only = task.onlyRules && task.onlyRules.length > 0 ? new Set(task.onlyRules) : undefined;
    const findings: ReportedFinding[] = [];
    for (const finding of checked) if (keepFinding(finding, task, only)) findings.push(asReported(finding, needs));
    return done({ findings, lines: needs.sourceLines ? sourceLines(text, findings) : {}, encoding: decoded.encoding, ...(fix ? { fix } : {}) });
  } catch (error) {
    // checkText isolates rules; this is a crash of the parser or the fixer itself. Report, do not stop.
    return done({ findings: [internalErrorFinding(error)], lines: {}, encoding: decoded.encoding });
  }
}
