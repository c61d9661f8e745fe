// This machine's speed right now: milliseconds of `for (let i = 0; i < 1e8; i++) s += i` inside a function
// (about 60–120 ms on a quiet core here; see bench/results.md). Plain .mjs so that bench/cli/batch.mjs,
// which runs without the TypeScript loader, and bench/run.ts share it.

/** Milliseconds of the reference loop inside a function (one warm-up run first). */
export function referenceLoopMs() {
  const spin = () => {
    let s = 0;
    for (let i = 0; i < 1e8; i++) s += i;
    return s;
  };
  spin();
  const start = performance.now();
  spin();
  return performance.now() - start;
}
