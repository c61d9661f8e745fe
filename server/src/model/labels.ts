/** Label comparison: tables print `合 计`, `项　目`, `收 入 总 计`; compare them without white space. */
import { isWhiteSpace } from '../numeric/characters';

const COMPACT = new Map<string, string>();
const COMPACT_LIMIT = 20000;

/**
 * The label without spaces of any kind. Most labels have none: they are returned as they are, after one
 * scan (cheaper than a map lookup, which hashes and compares the string). The others are memoised: the
 * checks compare the same labels many times.
 */
export function compactLabel(label: string): string {
  let first = 0;
  while (first < label.length && !isWhiteSpace(label.charCodeAt(first))) first++;
  if (first === label.length) return label;
  let compact = COMPACT.get(label);
  if (compact === undefined) {
    compact = withoutWhiteSpace(label, first);
    if (COMPACT.size >= COMPACT_LIMIT) COMPACT.clear();
    COMPACT.set(label, compact);
  }
  return compact;
}

/** `label.replace(/[\s\u3000]/g, '')` for a label whose first white space is at `first`. */
function withoutWhiteSpace(label: string, first: number): string {
  let out = label.slice(0, first);
  let copied = first + 1;
  for (let i = copied; i < label.length; i++) {
    if (!isWhiteSpace(label.charCodeAt(i))) continue;
    out += label.slice(copied, i);
    copied = i + 1;
  }
  return out + label.slice(copied);
}

/** True when two labels are the same once white space is ignored. */
export function sameLabel(a: string, b: string): boolean {
  return compactLabel(a) === compactLabel(b);
}
