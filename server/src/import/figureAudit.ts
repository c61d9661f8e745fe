/**
 * No figure may be lost or changed by an import: every figure printed in the source (an amount with
 * decimals or thousands separators, or a number of three or more digits) must appear in the written text
 * as often as in the source. Page numbers (one or two digits) are not figures.
 */

const FIGURE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}/g;

export function figureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const figure of text.match(FIGURE) ?? []) counts.set(figure, (counts.get(figure) ?? 0) + 1);
  return counts;
}

/** The figures of `source` that `result` holds fewer times, with how many are missing. */
export function missingFigures(source: string, result: string): Map<string, number> {
  const have = figureCounts(result);
  const missing = new Map<string, number>();
  for (const [figure, count] of figureCounts(source)) {
    const lacking = count - (have.get(figure) ?? 0);
    if (lacking > 0) missing.set(figure, lacking);
  }
  return missing;
}
