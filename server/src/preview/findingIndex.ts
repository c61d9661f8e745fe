/**
 * Findings by source line, so that the renderer can mark the cells and sentences they fall on without
 * scanning every finding for every element.
 */
import type { Finding } from '../diagnostics/finding';
import type { Range } from '../model/types';

export class FindingIndex {
  private readonly byLine = new Map<number, Finding[]>();

  constructor(findings: readonly Finding[]) {
    for (const finding of findings) {
      for (let line = finding.range.start.line; line <= finding.range.end.line; line++) {
        const list = this.byLine.get(line);
        if (list) list.push(finding);
        else this.byLine.set(line, [finding]);
      }
    }
  }

  /** Findings on a line. */
  onLine(line: number): Finding[] {
    return this.byLine.get(line) ?? [];
  }

  /** Findings whose range overlaps `range` (an empty range counts as touching its position). */
  overlapping(range: Range): Finding[] {
    const result: Finding[] = [];
    for (let line = range.start.line; line <= range.end.line; line++) {
      for (const finding of this.onLine(line)) {
        if (!result.includes(finding) && overlaps(finding.range, range)) result.push(finding);
      }
    }
    return result;
  }
}

function before(aLine: number, aChar: number, bLine: number, bChar: number): boolean {
  return aLine < bLine || (aLine === bLine && aChar < bChar);
}

/** True when the two ranges share a character, or an empty one sits inside or at the edge of the other. */
export function overlaps(a: Range, b: Range): boolean {
  const aEmpty = a.start.line === a.end.line && a.start.character === a.end.character;
  const bEmpty = b.start.line === b.end.line && b.start.character === b.end.character;
  if (aEmpty || bEmpty) {
    return (
      !before(a.end.line, a.end.character, b.start.line, b.start.character) &&
      !before(b.end.line, b.end.character, a.start.line, a.start.character)
    );
  }
  return (
    before(a.start.line, a.start.character, b.end.line, b.end.character) &&
    before(b.start.line, b.start.character, a.end.line, a.end.character)
  );
}

const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'] as const;

/** The most severe of the findings (for the marking's colour). */
export function worstSeverity(findings: readonly Finding[]): Finding['severity'] {
  for (const severity of SEVERITY_ORDER) if (findings.some((f) => f.severity === severity)) return severity;
  return 'hint';
}

/** The title (tooltip) of a marked element: one line per finding, with its rule id. */
export function findingTitle(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId}：${f.message}`).join('\n');
}
