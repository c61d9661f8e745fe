/**
 * Memoising pure functions of short strings (a lead, a label, a name → what it means): the checks ask the same
 * question of the same words many times per document (every rule, every claim, repeated wording). Only for
 * functions whose answer depends on the string alone; the answer is shared, so callers must not mutate it.
 * Bounded: the map is cleared when full, so a long editing session does not grow it without end.
 */
export function memoiseByString<T>(compute: (key: string) => T, limit = 20000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key: string): T => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

/**
 * Where per-model answers are kept: on the model object itself (a document, a table, a column), under a
 * symbol, so they are born and die with the model.
 *
 * Not in a module-level WeakMap: V8's scavenger keeps the value of a long-lived WeakMap's entry alive while
 * its key is young (the table is old, its entry is a root of every young-generation collection until the next
 * full one), so each checked document's whole model — reachable from the memoised answers — survived the
 * collections after it was dropped and was promoted to the old generation (≈ 0.6 MB per seed, most of the
 * scavenger's time; scripts/dev/gcSurvival.ts measures it). A map on the object itself is as young as the object.
 */
const MEMOS = Symbol('memos');

type Holder = { [MEMOS]?: Map<object, unknown> };

/** Fallback for keys that cannot carry the map (frozen objects): a WeakMap, as before. */
const frozenMemos = new WeakMap<object, Map<object, unknown>>();

function memosOf(owner: object): Map<object, unknown> {
  const holder = owner as Holder;
  let memos = holder[MEMOS];
  if (memos) return memos;
  memos = new Map();
  // Not enumerable: the model's objects read, print and compare (deepStrictEqual) as before.
  if (Object.isExtensible(owner)) Object.defineProperty(owner, MEMOS, { value: memos });
  else {
    const known = frozenMemos.get(owner);
    if (known) return known;
    frozenMemos.set(owner, memos);
  }
  return memos;
}

/**
 * The value kept on `owner` (a model object) under `slot` (a module-level object naming what is kept),
 * computed by `make` the first time it is asked for. The value lives as long as `owner`.
 */
export function keptOn<T>(owner: object, slot: object, make: () => T): T {
  const memos = memosOf(owner);
  let value = memos.get(slot) as T | undefined;
  if (value === undefined && !memos.has(slot)) {
    value = make();
    memos.set(slot, value);
  }
  return value as T;
}

/** A slot for keptOn: an object that only names what is kept (its description shows in heap snapshots). */
export function memoSlot(description: string): object {
  return { description };
}

/**
 * Memoising a pure function of one model object (a table, a column → a fact read from it once): the answer
 * is kept on the object (keptOn) and lives as long as it. `undefined` answers are remembered too.
 */
export function memoiseByObject<K extends object, T>(compute: (key: K) => T | undefined): (key: K) => T | undefined {
  const slot = memoSlot(compute.name || 'memoiseByObject');
  return (key: K): T | undefined => keptOn(key, slot, () => compute(key));
}

/**
 * Memoising a pure function of a model object (a table, a paragraph) in one Map per owner (the document model it
 * belongs to), kept on the owner, so the answers live as long as the model. Cheaper per entry than memoiseByObject
 * where a model has many such keys (one map per document instead of one per key).
 */
export function memoiseByObjectOf<O extends object, K extends object, T>(compute: (key: K, owner: O) => T): (owner: O, key: K) => T {
  const slot = memoSlot(compute.name || 'memoiseByObjectOf');
  return (owner: O, key: K): T => {
    const answers = keptOn(owner, slot, () => new Map<K, T>());
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key, owner);
      answers.set(key, answer);
    }
    return answer as T;
  };
}
