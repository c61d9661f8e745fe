/**
 * One ruled table region → rows of cells. Column edges are the grid's vertical rulings plus gaps that the
 * text shows inside a column (tables ruled only horizontally); row edges are the horizontal rulings plus
 * baselines when one ruled row holds several lines of figures. Merged cells come from missing rulings:
 * no vertical ruling between two cells of a row merges them horizontally, no horizontal ruling between two
 * cells of a column merges them vertically.
 */
import { clusterPositions, type Grid } from './grid';
import { groupLines, joinRuns, lineChunks, type Chunk } from './lines';
import type { TextRun } from './loadPdf';
import { isFigure, joinLetterSpaced, joinWrapped } from '../text';
import { headerRowCountOf } from '../headerRows';
import type { CellGrid, GridCell } from '../cellGrid';

export interface GridTable extends CellGrid {
  /** x of each column edge, left to right (one more than the columns). */
  columnEdges: number[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Font size of the table's text. */
  size: number;
}

interface Edge {
  at: number;
  ruled: boolean;
}

function center(run: TextRun): { x: number; y: number } {
  return { x: (run.x + run.right) / 2, y: run.y - 0.35 * run.size };
}

function indexOf(edges: Edge[], value: number): number {
  for (let i = 0; i < edges.length - 1; i++) if (value < edges[i + 1]!.at) return i;
  return Math.max(0, edges.length - 2);
}

/** Column edges inside one ruled column, from the gaps that the column's multi-chunk lines leave. */
function virtualColumnEdges(chunks: Chunk[][], from: number, to: number): number[] {
  const intervals: [number, number][] = [];
  for (const line of chunks) {
    const inside = line.filter((c) => (c.x + c.right) / 2 >= from && (c.x + c.right) / 2 < to);
    if (inside.length < 2) continue;
    for (const c of inside) intervals.push([c.x, c.right]);
  }
  if (intervals.length === 0) return [];
  intervals.sort((a, b) => a[0] - b[0]);
  const candidates: number[] = [];
  let end = intervals[0]![1];
  for (const [start, stop] of intervals.slice(1)) {
    if (start > end + 2) candidates.push((start + end) / 2);
    end = Math.max(end, stop);
  }
  // An edge that some other piece of text in the column runs over (`公共安全支出` across the gap of a
  // letter-spaced `合   计`) is not a column edge.
  const all = chunks.flat().filter((c) => (c.x + c.right) / 2 >= from && (c.x + c.right) / 2 < to);
  return candidates.filter((edge) => !all.some((c) => c.x < edge - 1 && c.right > edge + 1));
}

function columnEdges(grid: Grid, lines: Chunk[][]): Edge[] {
  const edges: Edge[] = [];
  for (let i = 0; i < grid.xs.length; i++) {
    const x = grid.xs[i]!;
    edges.push({ at: x, ruled: i > 0 && i < grid.xs.length - 1 });
    const next = grid.xs[i + 1];
    if (next !== undefined) for (const v of virtualColumnEdges(lines, x, next)) edges.push({ at: v, ruled: false });
  }
  return edges;
}

/** Row edges: the rulings, plus the midpoints between lines of figures that share one ruled row. */
function rowEdges(grid: Grid, lines: Chunk[][]): Edge[] {
  const edges: Edge[] = grid.ys.map((y, i) => ({ at: y, ruled: i > 0 && i < grid.ys.length - 1 }));
  const result: Edge[] = [];
  for (let i = 0; i < edges.length; i++) {
    result.push(edges[i]!);
    const next = edges[i + 1];
    if (!next) continue;
    const inside = lines.filter((line) => line.length > 0 && line[0]!.y - 0.35 * line[0]!.size > edges[i]!.at && line[0]!.y - 0.35 * line[0]!.size < next.at);
    const figureLines = inside.filter((line) => line.some((c) => isFigure(c.text)));
    if (figureLines.length < 2) continue;
    const baselines = clusterPositions(figureLines.map((l) => l[0]!.y), 2);
    for (let k = 1; k < baselines.length; k++) {
      const upper = baselines[k - 1]!;
      const lower = baselines[k]!;
      const size = figureLines[0]![0]!.size;
      // The edge sits just above the lower figure line's text; wrapped labels above it stay with the upper row.
      result.push({ at: Math.max((upper + lower) / 2, lower - 1.1 * size), ruled: false });
    }
  }
  return result;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The text of the runs of one cell: lines top-down, wrapped lines joined, letter-spacing removed. */
function cellText(runs: TextRun[]): string {
  if (runs.length === 0) return '';
  const lines = groupLines(runs).map((line) => joinRuns(line.runs));
  return joinLetterSpaced(joinWrapped(lines));
}

export function tableFromGrid(grid: Grid, runs: TextRun[]): GridTable {
  const lines = groupLines(runs).map((line) => lineChunks(line, 1.0));
  const cols = columnEdges(grid, lines);
  const rows = rowEdges(grid, lines);
  const nRows = rows.length - 1;
  const nCols = cols.length - 1;
  const cellRuns: TextRun[][] = Array.from({ length: nRows * nCols }, () => []);
  for (const run of runs) {
    const c = center(run);
    cellRuns[indexOf(rows, c.y) * nCols + indexOf(cols, c.x)]!.push(run);
  }
  const rawRows = Array.from({ length: nRows }, (_, r) => Array.from({ length: nCols }, (_, c) => cellText(cellRuns[r * nCols + c]!)));
  const headerCount = headerRowCountOf(rawRows);
  const uf = new UnionFind(nRows * nCols);
  for (let r = 0; r < nRows; r++) {
    const y1 = rows[r]!.at;
    const y2 = rows[r + 1]!.at;
    const crossed = (at: number): boolean =>
      lines.some((line) => line.some((chunk) => chunk.y - 0.35 * chunk.size > y1 && chunk.y - 0.35 * chunk.size < y2 && chunk.x < at - 1 && chunk.right > at + 1));
    for (let c = 0; c < nCols - 1; c++) {
      const edge = cols[c + 1]!;
      // In the header a missing vertical ruling merges (labels spanning columns). In the body many tables
      // draw no vertical rulings at all, so two cells merge only where a piece of text runs over the edge.
      const merged = edge.ruled && r < headerCount ? !grid.hasVertical(edge.at, y1, y2) : (!edge.ruled || !grid.hasVertical(edge.at, y1, y2)) && crossed(edge.at);
      if (merged) uf.union(r * nCols + c, r * nCols + c + 1);
    }
  }
  for (let r = 0; r < nRows - 1; r++) {
    const edge = rows[r + 1]!;
    if (!edge.ruled) continue;
    for (let c = 0; c < nCols; c++) {
      if (!grid.hasHorizontal(edge.at, cols[c]!.at, cols[c + 1]!.at)) uf.union(r * nCols + c, (r + 1) * nCols + c);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < nRows * nCols; i++) {
    const root = uf.find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  }
  const cells: GridCell[][] = Array.from({ length: nRows }, () => Array.from({ length: nCols }, () => ({ text: '', row: 0, column: 0, rowSpan: 1, columnSpan: 1 })));
  for (const members of groups.values()) {
    const rs = members.map((i) => Math.floor(i / nCols));
    const cs = members.map((i) => i % nCols);
    const r0 = Math.min(...rs);
    const r1 = Math.max(...rs);
    const c0 = Math.min(...cs);
    const c1 = Math.max(...cs);
    const text = cellText(members.flatMap((i) => cellRuns[i]!));
    for (const i of members) {
      cells[Math.floor(i / nCols)]![i % nCols] = { text, row: r0, column: c0, rowSpan: r1 - r0 + 1, columnSpan: c1 - c0 + 1 };
    }
  }
  const size = runs.length > 0 ? runs.map((r) => r.size).sort((a, b) => a - b)[Math.floor(runs.length / 2)]! : 9;
  return { cells, columnEdges: cols.map((edge) => edge.at), top: grid.top, bottom: grid.bottom, left: grid.left, right: grid.right, size, headerCount };
}
