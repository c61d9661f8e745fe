/** What every model-building step shares: the text, its line index and the syntax findings. */
import type { Finding, Fix, Severity } from '../diagnostics/finding';
import type { LineIndex, Range } from '../syntax/lineIndex';
import type { Span } from '../syntax/syntaxTree';

export class BuildContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly text: string,
    readonly lineIndex: LineIndex,
  ) {}

  range(span: Span): Range {
    return this.lineIndex.rangeOf(span.start, span.end);
  }

  report(ruleId: string, severity: Severity, message: string, span: Span, fixes?: Fix[]): void {
    this.findings.push({ ruleId, severity, message, range: this.range(span), ...(fixes ? { fixes } : {}) });
  }
}

const EDGE_SPACE = /^[ \t\u3000]+|[ \t\u3000]+$/g;

/** Trims spaces, tabs and ideographic spaces, returning the text and its span inside `span`. */
export function trimSpan(text: string, span: Span): { text: string; span: Span } {
  const lead = /^[ \t\u3000]*/.exec(text)![0].length;
  const trimmed = text.replace(EDGE_SPACE, '');
  if (trimmed.length === 0) return { text: '', span: { start: span.start + lead, end: span.start + lead } };
  return { text: trimmed, span: { start: span.start + lead, end: span.start + lead + trimmed.length } };
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
