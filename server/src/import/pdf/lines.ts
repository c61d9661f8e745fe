/**
 * Text runs → lines (runs sharing a baseline) → chunks (runs close enough to be one piece of text).
 * A wide gap inside a line separates chunks: table columns in unruled tables, the two halves of
 * `编制部门：…      单位：元`.
 */
import type { TextRun } from './loadPdf';

export interface Line {
  y: number;
  x: number;
  right: number;
  /** The largest font size on the line. */
  size: number;
  runs: TextRun[];
}

export interface Chunk {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

const NUMBER_RUN = /^[-(]?[\d,]+(\.\d+)?\)?%?$/;

/** Groups runs into lines (top to bottom, each left to right). */
export function groupLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(run.y - last.y) <= 0.45 * Math.min(run.size, last.size)) {
      last.runs.push(run);
      last.size = Math.max(last.size, run.size);
      continue;
    }
    lines.push({ y: run.y, x: run.x, right: run.right, size: run.size, runs: [run] });
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    line.x = Math.min(...line.runs.map((r) => r.x));
    line.right = Math.max(...line.runs.map((r) => r.right));
  }
  return lines;
}

const HAN = /\p{Script=Han}/u;
const WHITESPACE = /\s/;

/** The text of runs on one line: a visible gap between a figure or Latin text and a neighbour is one space. */
export function joinRuns(runs: readonly { text: string; x: number; right: number; size: number }[]): string {
  let text = '';
  let previous: { right: number; size: number; text: string } | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - previous.right;
      const bothHan = HAN.test(previous.text.slice(-1)) && HAN.test(run.text.slice(0, 1));
      // A gap between two figures or Latin words is a space; between Han characters only a wide one is.
      const size = Math.min(run.size, previous.size);
      // Whether the text so far ends in a space: its last character tested alone (`/\s$/` on the whole
      // text scans it from the start, which made a long line of one-glyph runs quadratic).
      if ((gap > 0.2 * size && !bothHan) || gap > 0.8 * size) if (!WHITESPACE.test(text.slice(-1))) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text;
}

/** Splits a line at gaps wider than `gapFactor` × font size (and between two figures at any visible gap). */
export function lineChunks(line: Line, gapFactor = 1.2): Chunk[] {
  const chunks: Chunk[] = [];
  let current: TextRun[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    chunks.push({
      text: joinRuns(current),
      x: current[0]!.x,
      right: Math.max(...current.map((r) => r.right)),
      y: line.y,
      size: Math.max(...current.map((r) => r.size)),
    });
    current = [];
  };
  for (const run of line.runs) {
    const previous = current[current.length - 1];
    if (previous) {
      const gap = run.x - previous.right;
      const size = Math.min(run.size, previous.size);
      const twoFigures = NUMBER_RUN.test(previous.text.trim()) && NUMBER_RUN.test(run.text.trim());
      if (gap > gapFactor * size || (twoFigures && gap > 0.25 * size)) flush();
    }
    current.push(run);
  }
  flush();
  return chunks;
}
