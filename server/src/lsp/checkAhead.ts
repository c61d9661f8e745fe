/**
 * How long before a debounced validation its version starts being parsed and checked (the scheduler's
 * prepare step), per document.
 *
 * The version is parsed in that step (completion on a line being typed is answered without parsing it, so
 * the parse is rarely done before) and then checked in slices. With a fixed 50 ms the work did not fit
 * whenever the process was slowed (a major garbage collection, other processes on the cores): the parse
 * blocks the thread, so the debounce timer itself fired late, and the findings came later still — the
 * 20–40 ms past the debounce of the slow edits of a typing burst. The lead is now at least MIN_LEAD_MS and
 * twice the slowest of the document's recent parse-and-check times (plus a margin), so that it follows the
 * machine's speed; it never exceeds half the debounce, so that keystrokes typed at speed (a few per
 * debounce) do not each start a parse — a keystroke during the check stops it between rules anyway.
 */
const MIN_LEAD_MS = 100;
const MARGIN_MS = 20;
/** The recent computations of a document that decide its lead. */
const KEPT = 8;

export class CheckAhead {
  private readonly recent = new Map<string, number[]>();

  /** A version's parse and checks, from the prepare step to its findings, took `ms` (wall). */
  record(uri: string, ms: number): void {
    let times = this.recent.get(uri);
    if (!times) this.recent.set(uri, (times = []));
    times.push(ms);
    if (times.length > KEPT) times.shift();
  }

  leadMs(uri: string, debounceMs: number): number {
    const slowest = Math.max(0, ...(this.recent.get(uri) ?? []));
    return Math.min(debounceMs / 2, Math.max(MIN_LEAD_MS, 2 * slowest + MARGIN_MS));
  }

  forget(uri: string): void {
    this.recent.delete(uri);
  }
}
