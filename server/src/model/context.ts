/** What every model-building step shares: the text, its line index and the syntax findings. */
import type { Finding, Fix, Severity } from '../diagnostics/finding';
import type { LineIndex, Range } from '../syntax/lineIndex';
import type { Span } from '../syntax/syntaxTree';

export class BuildContext {
  readonly findings: Finding[] = [];
  /**
   * Whether the text holds a backslash anywhere: without one no cell can hold an escaped pipe (`\|`), so no
   * cell needs looking at for one. Cell texts are made of the text's own characters, so this is exact.
   */
  readonly hasBackslash: boolean;

  constructor(
    readonly text: string,
    readonly lineIndex: LineIndex,
  ) {
    this.hasBackslash = text.includes('\\');
  }

  range(span: Span): Range {
    return this.lineIndex.rangeOf(span.start, span.end);
  }

  report(ruleId: string, severity: Severity, message: string, span: Span, fixes?: Fix[]): void {
    const finding: Finding = { ruleId, severity, message, range: this.range(span) };
    if (fixes) finding.fixes = fixes; // (not spread into the literal: a spread costs several times the literal)
    this.findings.push(finding);
  }
}

function isEdgeSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/** Trims spaces, tabs and ideographic spaces, returning the text and its span inside `span`. */
export function trimSpan(text: string, span: Span): { text: string; span: Span } {
  let first = 0;
  let last = text.length;
  while (first < last && isEdgeSpace(text.charCodeAt(first))) first++;
  while (last > first && isEdgeSpace(text.charCodeAt(last - 1))) last--;
  const start = span.start + first;
  if (first === last) return { text: '', span: { start, end: start } };
  return { text: first === 0 && last === text.length ? text : text.slice(first, last), span: { start, end: start + last - first } };
}

/** Splits `key：value` (either colon) into trimmed parts with spans; undefined without a colon. */
export function splitKeyValue(
  text: string,
  span: Span,
): { key: string; value: string; keySpan: Span; valueSpan: Span } | undefined {
  const colon = text.search(/[：:]/);
  if (colon <= 0) return undefined;
  const key = trimSpan(text.slice(0, colon), { start: span.start, end: span.start + colon });
  const value = trimSpan(text.slice(colon + 1), { start: span.start + colon + 1, end: span.end });
  if (key.text.length === 0) return undefined;
  return { key: key.text, value: value.text, keySpan: key.span, valueSpan: value.span };
}
