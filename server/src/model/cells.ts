/** One body cell's text → its kind and value (amount, percentage, code, text, blank, merge marker). */
import Decimal from 'decimal.js';
import { normalizeNumberChars, readNumber, type ParsedNumber } from '../numeric/numberText';
import type { AmountUnit } from '../numeric/units';
import { isDigit } from '../numeric/characters';
import type { Cell, CellKind, ColumnRole } from './types';
import { BodyCell } from './bodyCell';
import type { LineRanges } from './lineRanges';

/** Could start a number: optional sign or parenthesis, then a digit (ASCII or full-width). */
const NUMBER_START = /^[(（+\-－−]?\s*[0-9０-９]/;
/** Made only of number characters: a failed parse of such a cell is a typo, not text. */
const NUMBER_LIKE = /^[\d,.\s+\-()%]+$/;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** `''`, `-`, `—`, `－`, `–`: an empty figure. */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code === 0x2d || code === 0x2014 || code === 0xff0d || code === 0x2013;
}

/** Digits (ASCII or full-width) and ASCII letters only, at least one: a code such as 2010301 or A01. */
function isCodeText(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code) && !isAsciiLetter(code)) return false;
  }
  return true;
}

/**
 * NUMBER_START.test(text), answered from the first character for the usual cells (a digit, a Chinese
 * ideograph or an ASCII letter, none of them a sign, parenthesis or white space); the regexp decides the rest.
 */
function startsLikeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  if (isDigit(first)) return true;
  if ((first >= 0x4e00 && first <= 0x9fff) || isAsciiLetter(first)) return false;
  return NUMBER_START.test(text);
}

/** The record every cell's figure is read into (the cell keeps an amount or percentage made from it, never the record). */
const READING: ParsedNumber = { value: new Decimal(0), decimals: 0, grouped: false, percent: false };

/**
 * The cell of a body row, its text spanning [start, end) on the line of `ranges` (its range is made when read:
 * BodyCell). Properties added in one order per kind: tens of thousands of cells per document.
 */
export function classifyCell(
  text: string,
  start: number,
  end: number,
  ranges: LineRanges,
  column: number,
  role: ColumnRole,
  unit: AmountUnit,
): Cell {
  let kind: CellKind;
  if (text === '^') kind = 'merge-up';
  else if (text === '<') kind = 'merge-left';
  else if (isBlank(text)) kind = 'blank';
  else if (role === 'code') kind = isCodeText(text) ? 'code' : 'text';
  else if (!startsLikeNumber(text)) kind = 'text'; // most text cells (names, performance-form prose)
  else {
    const parsed = READING;
    if (!readNumber(text, parsed)) kind = 'text';
    else if (parsed.percent) {
      const cell = new BodyCell(text, start, end, ranges, column, 'percent');
      cell.percent = { value: parsed.value, decimals: parsed.decimals, text };
      return cell;
    } else {
      const cell = new BodyCell(text, start, end, ranges, column, 'amount');
      cell.amount = { value: parsed.value, decimals: parsed.decimals, unit, text, grouped: parsed.grouped };
      return cell;
    }
  }
  return new BodyCell(text, start, end, ranges, column, kind);
}

/**
 * True when a value column's cell that classifyCell read as text looks like a number but is not one
 * (SYN009): it starts like a number and is made of number characters only, so its parse failed on a typo.
 */
export function isMalformedNumber(text: string): boolean {
  return startsLikeNumber(text) && NUMBER_LIKE.test(normalizeNumberChars(text));
}
