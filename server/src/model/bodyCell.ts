/**
 * A body cell whose source range is made when first read. Body cells are most of a model's objects, and a plain
 * cell's range is three more (the range and its two positions) that no check reads unless it reports on the cell:
 * a body cell keeps its two offsets and its row's LineRanges instead, and makes the range on demand, once (later
 * reads return the same object).
 *
 * Readers see a Cell: `cell.range` reads like a property. What copies a cell must go through `toJSON` (the plain
 * cell, keys in a plain cell's order): object spreads and Object.keys do not see the prototype's getter, and
 * JSON.stringify calls toJSON itself.
 */
import type { LineRanges } from './lineRanges';
import type { Amount, Cell, CellKind, Percentage, Range } from './types';

export class BodyCell implements Cell {
  declare text: string;
  declare column: number;
  declare kind: CellKind;
  declare amount?: Amount;
  declare percent?: Percentage;
  readonly #ranges: LineRanges;
  readonly #start: number;
  readonly #end: number;
  #range: Range | undefined;

  /** `start`, `end`: the trimmed text's offsets, on the line `ranges` stands for. */
  constructor(text: string, start: number, end: number, ranges: LineRanges, column: number, kind: CellKind) {
    this.#ranges = ranges;
    this.#start = start;
    this.#end = end;
    this.#range = undefined;
    this.text = text;
    this.column = column;
    this.kind = kind;
  }

  get range(): Range {
    return (this.#range ??= this.#ranges.range(this.#start, this.#end));
  }

  set range(range: Range) {
    this.#range = range;
  }

  /** The cell as a plain object: `range` in its place after `text`, then the cell's own properties. */
  toJSON(): Cell {
    const plain: Record<string, unknown> = { text: this.text, range: this.range };
    for (const key of Object.keys(this)) if (key !== 'text') plain[key] = (this as unknown as Record<string, unknown>)[key];
    return plain as unknown as Cell;
  }
}
