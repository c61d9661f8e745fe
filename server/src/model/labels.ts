/** Label comparison: tables print `合 计`, `项　目`, `收 入 总 计`; compare them without white space. */

const COMPACT = new Map<string, string>();
const COMPACT_LIMIT = 20000;

/** The label without spaces of any kind (memoised: the checks compare the same labels many times). */
export function compactLabel(label: string): string {
  let compact = COMPACT.get(label);
  if (compact === undefined) {
    compact = label.replace(/[\s\u3000]/g, '');
    if (COMPACT.size >= COMPACT_LIMIT) COMPACT.clear();
    COMPACT.set(label, compact);
  }
  return compact;
}

/** True when two labels are the same once white space is ignored. */
export function sameLabel(a: string, b: string): boolean {
  return compactLabel(a) === compactLabel(b);
}
