/**
 * A unified diff (`--- a/file`, `+++ b/file`, `@@ -l,n +l,n @@`) of a fix. Fixes replace figures in
 * place, so the texts have the same lines and a line-by-line comparison is exact; if the line counts
 * ever differ, the whole file is one hunk.
 */
const CONTEXT = 3;

function hunkHeader(aStart: number, aLen: number, bStart: number, bLen: number): string {
  return `@@ -${aLen === 0 ? aStart : aStart + 1},${aLen} +${bLen === 0 ? bStart : bStart + 1},${bLen} @@`;
}

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  const absolute = file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file);
  const out = absolute ? [`--- ${file}`, `+++ ${file}`] : [`--- a/${file}`, `+++ b/${file}`];
  if (a.length !== b.length) {
    out.push(hunkHeader(0, a.length, 0, b.length), ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`));
    return `${out.join('\n')}\n`;
  }
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - CONTEXT);
    let end = Math.min(a.length, changed[k]! + CONTEXT + 1);
    let j = k + 1;
    while (j < changed.length && changed[j]! - CONTEXT <= end) {
      end = Math.min(a.length, changed[j]! + CONTEXT + 1);
      j++;
    }
    out.push(hunkHeader(start, end - start, start, end - start));
    for (let i = start; i < end; i++) {
      if (a[i] === b[i]) out.push(` ${a[i]}`);
      else out.push(`-${a[i]}`, `+${b[i]}`);
    }
    k = j;
  }
  return `${out.join('\n')}\n`;
}
