/** Label comparison: tables print `合 计`, `项　目`, `收 入 总 计`; compare them without white space. */

/** The label without spaces of any kind. */
export function compactLabel(label: string): string {
  return label.replace(/[\s\u3000]/g, '');
}

/** True when two labels are the same once white space is ignored. */
export function sameLabel(a: string, b: string): boolean {
  return compactLabel(a) === compactLabel(b);
}
