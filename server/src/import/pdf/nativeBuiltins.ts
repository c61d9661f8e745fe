/**
 * pdf.js's legacy build carries core-js polyfills. On Node 20 (V8 11.3) some of them replace a native
 * built-in for an edge case this code never meets: `Array.prototype.push` (the error thrown when pushing
 * onto an array whose length is not writable, V8 ≤ 121), `JSON.stringify` and `JSON.parse` (symbol,
 * lone-surrogate and source-text corner cases), `Function.prototype.toString` (to print polyfills as
 * native code). The replacements are JavaScript, several times slower than the natives, and global: they
 * slowed pdf.js itself (its text and operator lists are built with push) and everything run after it in
 * the same process — the check of the imported text, the CLI's JSON report, the extension host.
 *
 * `keepNativeBuiltins` runs the loading of pdf.js and then puts the natives back. The polyfills that only
 * add what Node 20 lacks (Promise.withResolvers, Set methods, Uint8Array base64, …) stay: pdf.js uses them.
 * Results are the same either way: the natives implement the same specification for every input pdf.js
 * and the checker give them.
 */
type Holder = Record<string, unknown>;

const GUARDED: ReadonlyArray<[holder: Holder, key: string]> = [
  [Array.prototype as unknown as Holder, 'push'],
  [JSON as unknown as Holder, 'stringify'],
  [JSON as unknown as Holder, 'parse'],
  [Function.prototype as unknown as Holder, 'toString'],
];

export async function keepNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const natives = GUARDED.map(([holder, key]) => ({ holder, key, descriptor: Object.getOwnPropertyDescriptor(holder, key) }));
  try {
    return await load();
  } finally {
    for (const { holder, key, descriptor } of natives) {
      if (descriptor && holder[key] !== descriptor.value) Object.defineProperty(holder, key, descriptor);
    }
  }
}
