/**
 * One page → its elements top-down: the lines of running text and the ruled tables (their runs taken
 * out of the text flow).
 */
import { findGrids, type Grid } from './grid';
import { groupLines, lineChunks, type Chunk, type Line } from './lines';
import type { PdfPage, TextRun } from './loadPdf';
import { tableFromGrid, type GridTable } from './tableFromGrid';

export interface TextLine {
  kind: 'line';
  page: number;
  top: number;
  line: Line;
  chunks: Chunk[];
  /** The line's text; chunks far apart are separated by one space. */
  text: string;
}

export interface TableElement {
  kind: 'table';
  page: number;
  top: number;
  table: GridTable;
}

export type PageElement = TextLine | TableElement;

function inside(run: TextRun, box: { left: number; right: number; top: number; bottom: number }): boolean {
  const x = (run.x + run.right) / 2;
  const y = run.y - 0.35 * run.size;
  return x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1;
}

/**
 * A table whose first (or last) row has no ruling above (below) it, typically on the page after a page
 * break: a line right above (below) the grid, inside its width and split into several pieces, is one
 * more row of it.
 */
function withUnruledEdgeRows(grid: Grid, runs: TextRun[]): Grid {
  let { top, bottom } = grid;
  const ys = [...grid.ys];
  const within = (run: TextRun): boolean => {
    const x = (run.x + run.right) / 2;
    return x >= grid.left - 1 && x <= grid.right + 1;
  };
  const lines = groupLines(runs.filter(within));
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const lineTop = line.y - line.size * 1.1;
      const lineBottom = line.y + line.size * 0.3;
      const chunks = lineChunks(line, 1.2);
      if (chunks.length < 2 || line.x < grid.left - 2 || line.right > grid.right + 2) continue;
      // The `编制部门：…  单位：元` line above a table is not a row of it.
      if (chunks.some((chunk) => /[:：]/.test(chunk.text))) continue;
      if (lineBottom <= top && top - lineBottom < 1.2 * line.size) {
        top = lineTop - 1;
        ys.unshift(top);
        changed = true;
      } else if (lineTop >= bottom && lineTop - bottom < 1.2 * line.size) {
        bottom = lineBottom + 1;
        ys.push(bottom);
        changed = true;
      }
    }
  }
  if (top === grid.top && bottom === grid.bottom) return grid;
  return { ...grid, ys, top, bottom };
}

export function layoutPage(page: PdfPage): PageElement[] {
  const elements: PageElement[] = [];
  let flow = page.runs;
  for (const found of findGrids(page.rulings)) {
    const grid = withUnruledEdgeRows(found, flow);
    const runs = flow.filter((run) => inside(run, grid));
    // A frame around a single line of text, or an empty box, is not a table.
    if (runs.length === 0) continue;
    const table = tableFromGrid(grid, runs);
    const width = table.cells[0]?.length ?? 0;
    if (table.cells.length * width < 2 || (width < 2 && table.cells.length < 3)) continue;
    flow = flow.filter((run) => !inside(run, grid));
    elements.push({ kind: 'table', page: page.number, top: grid.top, table });
  }
  for (const line of groupLines(flow)) {
    const chunks = lineChunks(line, 1.5);
    elements.push({ kind: 'line', page: page.number, top: line.y - line.size, line, chunks, text: chunks.map((c) => c.text.trim()).join(' ') });
  }
  return elements.sort((a, b) => a.top - b.top);
}
