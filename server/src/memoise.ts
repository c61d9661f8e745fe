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
 * Memoising a pure function of one model object (a table, a column → a fact read from it once): the answer
 * lives as long as the object, in a WeakMap. `undefined` answers are remembered too.
 */
export function memoiseByObject<K extends object, T>(compute: (key: K) => T | undefined): (key: K) => T | undefined {
  const answers = new WeakMap<K, T | null>();
  return (key: K): T | undefined => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key) ?? null;
      answers.set(key, answer);
    }
    return answer ?? undefined;
  };
}

/**
 * Memoising a pure function of a model object (a table, a paragraph) in one Map per owner (the document model it
 * belongs to), so the answers live as long as the model. Cheaper per entry than memoiseByObject where a model has
 * many such keys: a long-lived WeakMap keyed by every table or paragraph ever checked only sheds the entries of
 * dead models when the collector runs, and meanwhile grows and rehashes (several times the cost of a Map entry).
 */
export function memoiseByObjectOf<O extends object, K extends object, T>(compute: (key: K, owner: O) => T): (owner: O, key: K) => T {
  const answersByOwner = new WeakMap<O, Map<K, T>>();
  return (owner: O, key: K): T => {
    let answers = answersByOwner.get(owner);
    if (!answers) answersByOwner.set(owner, (answers = new Map()));
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key, owner);
      answers.set(key, answer);
    }
    return answer as T;
  };
}
