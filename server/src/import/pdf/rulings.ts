/**
 * Table borders from a page's drawing operators: stroked segments and thin filled rectangles, as
 * horizontal and vertical rulings in page coordinates (points from the top-left corner). Curves, white
 * strokes and fills (cell backgrounds, padding) are ignored.
 */

export interface Ruling {
  /** 'h': y is fixed, from x1 to x2; 'v': x is fixed, from y1 to y2. */
  axis: 'h' | 'v';
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

export type Matrix = number[];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** A filled rectangle at most this thick (points) is a line. */
const THIN = 2.5;
/** Shorter segments are glyph parts or ticks, not borders. */
const MIN_LENGTH = 4;

/** The product of two PDF transformation matrices [a b c d e f] (also used for text items by loadPdf). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

function isWhite(color: string): boolean {
  return /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i.test(color);
}

interface GraphicsState {
  ctm: Matrix;
  fill: string;
  stroke: string;
}

export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

function segment(a: [number, number], b: [number, number], out: Ruling[]): void {
  const [x1, y1] = a;
  const [x2, y2] = b;
  if (Math.abs(y1 - y2) < 0.8 && Math.abs(x1 - x2) >= MIN_LENGTH) {
    out.push({ axis: 'h', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
  } else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y1 - y2) >= MIN_LENGTH) {
    out.push({ axis: 'v', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  }
}

/** The path's points (page space), split into subpaths; undefined when it contains curves. */
function subpaths(data: ArrayLike<number>, m: Matrix): [number, number][][] | undefined {
  const result: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === 0) {
      if (current.length > 0) result.push(current);
      current = [apply(m, data[i + 1]!, data[i + 2]!)];
      i += 3;
    } else if (op === 1) {
      current.push(apply(m, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === 4) {
      if (current.length > 0) current.push(current[0]!);
      i += 1;
    } else {
      return undefined;
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** A filled subpath that is an axis-aligned thin rectangle becomes one ruling along its long side. */
function thinRectangle(points: [number, number][], out: Ruling[]): void {
  if (points.length < 4 || points.length > 6) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x1 = Math.min(...xs);
  const x2 = Math.max(...xs);
  const y1 = Math.min(...ys);
  const y2 = Math.max(...ys);
  // Only rectangles: every point on the box.
  if (!points.every(([x, y]) => (Math.abs(x - x1) < 0.5 || Math.abs(x - x2) < 0.5) && (Math.abs(y - y1) < 0.5 || Math.abs(y - y2) < 0.5))) return;
  const w = x2 - x1;
  const h = y2 - y1;
  if (h <= THIN && w >= MIN_LENGTH && w > h) out.push({ axis: 'h', at: (y1 + y2) / 2, from: x1, to: x2 });
  else if (w <= THIN && h >= MIN_LENGTH && h > w) out.push({ axis: 'v', at: (x1 + x2) / 2, from: y1, to: y2 });
}

export function extractRulings(fnArray: ArrayLike<number>, argsArray: unknown[], viewport: Matrix, ops: OperatorCodes): Ruling[] {
  const rulings: Ruling[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, fill: '#000000', stroke: '#000000' };
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ...state });
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform && args) state = { ...state, ctm: multiply(state.ctm, args as number[]) };
    else if (fn === ops.setFillRGBColor && args) state = { ...state, fill: String(args[0]) };
    else if (fn === ops.setStrokeRGBColor && args) state = { ...state, stroke: String(args[0]) };
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || typeof (data as { length?: unknown }).length !== 'number') continue;
      const paths = subpaths(data, multiply(viewport, state.ctm));
      if (!paths) continue;
      if (strokeOps.has(paint) && !isWhite(state.stroke)) {
        for (const points of paths) for (let k = 1; k < points.length; k++) segment(points[k - 1]!, points[k]!, rulings);
      } else if (fillOps.has(paint) && !isWhite(state.fill)) {
        for (const points of paths) thinRectangle(points, rulings);
      }
    }
  }
  return rulings;
}
