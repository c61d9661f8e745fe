/**
 * Where next year's draft goes by default: last year's path with the year advanced in the folder or file
 * name (`2023年/单位.disclosure` → `2024年/单位.disclosure`), else beside it as `单位-2024.disclosure`.
 */

/** The year of a disclosure's metadata header (`年度: 2023`), if any. */
export function headerYear(text: string): number | undefined {
  const match = /^\uFEFF?---[\s\S]*?^年度[ \t]*[:：][ \t]*(\d{4})/m.exec(text);
  return match ? Number.parseInt(match[1]!, 10) : undefined;
}

/** `path` uses `/` separators (a URI path). */
export function nextYearPath(path: string, lastYear: number): string {
  const from = String(lastYear);
  const to = String(lastYear + 1);
  const index = path.lastIndexOf(from);
  if (index >= 0) return `${path.slice(0, index)}${to}${path.slice(index + from.length)}`;
  const dot = path.endsWith('.disclosure') ? path.length - '.disclosure'.length : path.length;
  return `${path.slice(0, dot)}-${to}.disclosure`;
}

/** Last year's file relative to the new draft, with `/` separators (the `上年文档` value). */
export function relativeFrom(draftPath: string, lastYearPath: string): string {
  const from = draftPath.split('/').slice(0, -1);
  const to = lastYearPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
