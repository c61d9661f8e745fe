/**
 * The document model: what a disclosure says, typed, with every element's source range in LSP
 * positions (0-based line, UTF-16 character). Plain data (no methods), built by `buildModel` — except body cells
 * (BodyCell), whose `range` is a getter made on first read: copy a cell through its `toJSON`, not a spread.
 */
import type { Amount, Percentage } from '../numeric/amount';
import type { AmountUnit } from '../numeric/units';
import type { Marker } from '../syntax/listMarkers';
import type { LineIndex, Position, Range } from '../syntax/lineIndex';
import type { Finding } from '../diagnostics/finding';
import type { TableKind } from '../recognition/tableKinds';

export type { Position, Range, Marker, Amount, Percentage, AmountUnit, TableKind };

export type DisclosureKind = '部门预算' | '单位预算' | '部门综合预算' | '部门决算' | '单位决算';
export type UnitNature = '行政单位' | '参公事业单位' | '事业单位';

export interface KeyValue {
  key: string;
  value: string;
  range: Range;
  keyRange: Range;
  valueRange: Range;
}

export interface DocumentMeta {
  /** 单位 / 部门. */
  unitName?: string;
  year?: number;
  /** Where the year came from: the header, or guessed from a heading. */
  yearSource?: 'header' | 'heading';
  kind?: DisclosureKind;
  /** Default unit of tables and prose figures (万元 when the header does not say). */
  amountUnit: AmountUnit;
  amountUnitExplicit: boolean;
  parentDepartment?: string;
  unitNature?: UnitNature;
  entries: KeyValue[];
  /** The header block, fences included. */
  range?: Range;
}

export interface Heading {
  type: 'heading';
  /** Number of `#`. */
  level: number;
  numbering?: Marker;
  /** The heading text after its numbering. */
  title: string;
  /** The whole heading text (numbering and title). */
  text: string;
  range: Range;
  textRange: Range;
  titleRange: Range;
}

/** One source line of a paragraph, with where its text starts in `Paragraph.text`. */
export interface ParagraphSegment {
  textStart: number;
  text: string;
  range: Range;
}

export interface Paragraph {
  type: 'paragraph';
  /** The lines joined without separator. Map offsets to positions with `paragraphPosition`. */
  text: string;
  segments: ParagraphSegment[];
  marker?: Marker;
  range: Range;
  /** The headings this paragraph is under, outermost first. */
  headingPath: Heading[];
}

export type CellKind = 'blank' | 'amount' | 'percent' | 'code' | 'text' | 'merge-up' | 'merge-left';

export interface Cell {
  /** The cell text, trimmed. (A body cell is a BodyCell: its range is a getter; a spread of it misses the range.) */
  text: string;
  /** Range of the trimmed text (an empty range just after the pipe for an empty cell). */
  range: Range;
  column: number;
  kind: CellKind;
  amount?: Amount;
  percent?: Percentage;
}

export type ColumnRole = 'code' | 'name' | 'value';

export interface Column {
  index: number;
  /** Header labels top-down, without repeats: ['基本支出', '人员经费']. */
  path: string[];
  /** The leaf label ('' when the header is empty). */
  label: string;
  role: ColumnRole;
  /** For codes split over columns (seed 004). */
  codePart?: '类' | '款' | '项';
  /** Header path without the leaf, joined by '/': tells code groups apart. */
  group: string;
  /** A unit named in the header (`单价（元）`), overriding the table's. */
  unit?: AmountUnit;
  align?: 'left' | 'center' | 'right';
}

/** A merged header cell: the header tree flattened. */
export interface HeaderSpan {
  text: string;
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  range: Range;
}

export interface HeaderRow {
  cells: Cell[];
  range: Range;
}

/** A classification or unit code in a row, possibly split over 类/款/项 cells. */
export interface RowCode {
  code: string;
  cells: Cell[];
  range: Range;
  /** The column group it came from ('' for a plain code column). */
  group: string;
  /** The name written beside it, if any. */
  name?: string;
  nameCell?: Cell;
}

export interface BodyRow {
  /** Index among the table's body rows. */
  index: number;
  range: Range;
  cells: Cell[];
  /** Leading ideographic spaces of the first non-empty cell (seed 002 indents unit rows). */
  indent: number;
  codes: RowCode[];
  /** The first code of the row, if any. */
  code?: string;
  /** The first name cell's text, if any. */
  name?: string;
  /** The row's label: its name, or else its first text cell (e.g. `合计`, `一、一般公共预算拨款收入`). */
  label: string;
  /** In a two-panel table (model/panels.ts): 0 for the left panel, 1 for the right. */
  panel?: number;
}

/** A row as printed (all panels side by side), with its cells' printed column indices. */
export interface PrintedRow {
  range: Range;
  cells: Cell[];
}

/** A table printed as panels side by side (a repeated header sequence): its body lists the panels one after the other. */
export interface TablePanels {
  count: number;
  /** Columns per panel (`Table.columns` are the first panel's). */
  width: number;
  printedColumns: Column[];
  printedRows: PrintedRow[];
}

export interface TableCaption {
  text: string;
  /** `附表 4-1`, `表1`, `公开表 5` … as written. */
  number?: string;
  /** The caption text without its number. */
  name: string;
  range: Range;
  textRange: Range;
  numberRange?: Range;
  nameRange: Range;
}

export interface TableNote {
  text: string;
  range: Range;
}

export interface Table {
  type: 'table';
  /** Index among the document's tables. */
  index: number;
  range: Range;
  caption?: TableCaption;
  kind: TableKind;
  unit: AmountUnit;
  /** Whether the table named its unit (else it is the document's). */
  unitExplicit: boolean;
  attributes: KeyValue[];
  columns: Column[];
  headerRows: HeaderRow[];
  headerSpans: HeaderSpan[];
  delimiterRange?: Range;
  body: BodyRow[];
  /** Set when the header repeats its column sequence: the table is read panel after panel. */
  panels?: TablePanels;
  notes: TableNote[];
  /** 'tab' when some rows were pasted tab-separated. */
  separator: 'pipe' | 'tab' | 'mixed';
  headingPath: Heading[];
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  marker?: Marker;
  range: Range;
  termRange: Range;
  definitionRange: Range;
}

export interface Comment {
  type: 'comment';
  text: string;
  range: Range;
}

export type Block = Heading | Paragraph | Table | Comment;

export interface DisclosureDocument {
  uri: string;
  text: string;
  lineIndex: LineIndex;
  meta: DocumentMeta;
  blocks: Block[];
  headings: Heading[];
  paragraphs: Paragraph[];
  tables: Table[];
  glossary: GlossaryEntry[];
  /** Problems of form (SYN rules), found while building the model. */
  syntaxFindings: Finding[];
}
