/**
 * Ruling lines → table grids. Rulings that touch form one cluster; a cluster with at least two horizontal
 * rulings is a ruled table. Its column edges are the vertical rulings' positions (plus the outer ends of
 * the horizontal ones, for tables drawn without side borders), its row edges the horizontal rulings'.
 */
import type { Ruling } from './rulings';

export interface Grid {
  xs: number[];
  ys: number[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Whether a vertical border is drawn at column edge `x` over the vertical range [y1, y2]'s middle. */
  hasVertical(x: number, y1: number, y2: number): boolean;
  /** Whether a horizontal border is drawn at row edge `y` over [x1, x2]'s middle. */
  hasHorizontal(y: number, x1: number, x2: number): boolean;
  /** Whether the grid has vertical rulings at all (else its columns come only from the text). */
  ruledColumns: boolean;
}

const TOUCH = 3;

function touches(a: Ruling, b: Ruling): boolean {
  if (a.axis === b.axis) {
    return Math.abs(a.at - b.at) <= 1 && a.from <= b.to + TOUCH && b.from <= a.to + TOUCH;
  }
  const [h, v] = a.axis === 'h' ? [a, b] : [b, a];
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Positions within `tolerance` of each other become one (their mean). */
export function clusterPositions(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  let group: number[] = [];
  for (const value of sorted) {
    if (group.length > 0 && value - group[group.length - 1]! > tolerance) {
      result.push(group.reduce((s, v) => s + v, 0) / group.length);
      group = [];
    }
    group.push(value);
  }
  if (group.length > 0) result.push(group.reduce((s, v) => s + v, 0) / group.length);
  return result;
}

function covered(rulings: Ruling[], at: number, point: number): boolean {
  return rulings.some((r) => Math.abs(r.at - at) <= 1.5 && r.from - 1.5 <= point && point <= r.to + 1.5);
}

export function findGrids(rulings: Ruling[]): Grid[] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Sort-and-sweep would be faster; pages hold at most a few hundred rulings.
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      if (find(i) !== find(j) && touches(rulings[i]!, rulings[j]!)) parent[find(i)] = find(j);
    }
  }
  const clusters = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    const list = clusters.get(root) ?? [];
    list.push(r);
    clusters.set(root, list);
  });
  const grids: Grid[] = [];
  for (const cluster of clusters.values()) {
    const horizontal = cluster.filter((r) => r.axis === 'h');
    const vertical = cluster.filter((r) => r.axis === 'v');
    const ys = clusterPositions(horizontal.map((r) => r.at), 1.5);
    if (ys.length < 2) continue;
    const left = Math.min(...cluster.map((r) => (r.axis === 'h' ? r.from : r.at)));
    const right = Math.max(...cluster.map((r) => (r.axis === 'h' ? r.to : r.at)));
    if (right - left < 40) continue;
    const xs = clusterPositions([left, right, ...vertical.map((r) => r.at)], 1.5);
    grids.push({
      xs,
      ys,
      left,
      right,
      top: ys[0]!,
      bottom: ys[ys.length - 1]!,
      ruledColumns: vertical.length > 0,
      hasVertical: (x, y1, y2) => covered(vertical, x, (y1 + y2) / 2),
      hasHorizontal: (y, x1, x2) => covered(horizontal, y, (x1 + x2) / 2),
    });
  }
  return grids.sort((a, b) => a.top - b.top);
}
