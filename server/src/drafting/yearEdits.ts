/**
 * Advancing the years that mean the budget year: `2022年` → `2023年` (and `2022 年`, `2022年度`). In table
 * headers the year before the budget year (`2021年预算数`, a 上年 column) advances too. Years of other
 * meaning (`2020年城乡居民医保整合后`, document numbers such as `〔2022〕67号`) are left alone.
 */
import type { TextEdit } from '../diagnostics/finding';
import type { Range } from '../model/types';

const YEAR = /(?<!\d)(20\d{2})(?=[ \t\u3000]*年)/g;

/** Offsets of the years to advance in `text`. */
export function yearsToAdvance(text: string, budgetYear: number, alsoYearBefore: boolean): Array<{ start: number; end: number; year: number }> {
  const out: Array<{ start: number; end: number; year: number }> = [];
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match; match = YEAR.exec(text)) {
    const year = Number.parseInt(match[1]!, 10);
    if (year === budgetYear || (alsoYearBefore && year === budgetYear - 1)) out.push({ start: match.index, end: match.index + 4, year });
  }
  return out;
}

/** Edits advancing the years of one stretch of text whose offsets map to ranges through `rangeOf`. */
export function yearEdits(
  text: string,
  budgetYear: number,
  rangeOf: (start: number, end: number) => Range,
  alsoYearBefore = false,
): TextEdit[] {
  return yearsToAdvance(text, budgetYear, alsoYearBefore).map((y) => ({ range: rangeOf(y.start, y.end), newText: String(y.year + 1) }));
}

/** A single-line range from a start position and offsets in that line's text. */
export function lineRange(line: number, startCharacter: number): (start: number, end: number) => Range {
  return (start, end) => ({ start: { line, character: startCharacter + start }, end: { line, character: startCharacter + end } });
}
