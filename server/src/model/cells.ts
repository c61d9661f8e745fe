/** One body cell's text → its kind and value (amount, percentage, code, text, blank, merge marker). */
import { normalizeNumberChars, parseNumber } from '../numeric/numberText';
import type { AmountUnit } from '../numeric/units';
import type { Cell, CellKind, ColumnRole, Range } from './types';

const BLANK = /^(?:|-|—|－|–)$/;
/** Could start a number: optional sign or parenthesis, then a digit (ASCII or full-width). */
const NUMBER_START = /^[(（+\-－−]?\s*[0-9０-９]/;
/** Made only of number characters: a failed parse of such a cell is a typo, not text. */
const NUMBER_LIKE = /^[\d,.\s+\-()%]+$/;

export interface CellClassification {
  cell: Cell;
  /** Set when the text looks like a number but is not one (SYN009). */
  malformedNumber: boolean;
}

function plain(text: string, range: Range, column: number, kind: CellKind): Cell {
  return { text, range, column, kind };
}

export function classifyCell(
  text: string,
  range: Range,
  column: number,
  role: ColumnRole,
  unit: AmountUnit,
): CellClassification {
  // Object literals of one shape (no spreads): tens of thousands of cells per document.
  if (text === '^') return { cell: plain(text, range, column, 'merge-up'), malformedNumber: false };
  if (text === '<') return { cell: plain(text, range, column, 'merge-left'), malformedNumber: false };
  if (BLANK.test(text)) return { cell: plain(text, range, column, 'blank'), malformedNumber: false };
  if (role === 'code') {
    const kind: CellKind = /^[0-9０-９A-Za-z]+$/.test(text) ? 'code' : 'text';
    return { cell: plain(text, range, column, kind), malformedNumber: false };
  }
  // Fast path: most text cells (names, performance-form prose) cannot be numbers.
  if (!NUMBER_START.test(text)) return { cell: plain(text, range, column, 'text'), malformedNumber: false };
  const parsed = parseNumber(text);
  if (parsed) {
    if (parsed.percent) {
      return {
        cell: { text, range, column, kind: 'percent', percent: { value: parsed.value, decimals: parsed.decimals, text } },
        malformedNumber: false,
      };
    }
    return {
      cell: {
        text,
        range,
        column,
        kind: 'amount',
        amount: { value: parsed.value, decimals: parsed.decimals, unit, text, grouped: parsed.grouped },
      },
      malformedNumber: false,
    };
  }
  const normalized = normalizeNumberChars(text);
  const malformedNumber = role === 'value' && NUMBER_LIKE.test(normalized);
  return { cell: plain(text, range, column, 'text'), malformedNumber };
}
