/** Mutations of real documents for the fuzz test: truncations, deleted/duplicated lines, junk, huge figures, wide rows. */
export type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function int(random: Random, max: number): number {
  return Math.floor(random() * max);
}

const JUNK = ['\u0000', '\u0007', '\t', '|', '\\', '\r', '\n', '\r\n', '\uFEFF', '\uD800', '\uDC00', '：', '（', '）', '｜', '−', '％', '，', '．', '１２３', '表：', '# ', '---', '<!--', '-->', '{=', '}', '\u3000', '“', '🙂', '%'];

export const MUTATIONS: Record<string, (text: string, random: Random) => string> = {
  truncate: (text, random) => text.slice(0, int(random, text.length + 1)),
  deleteLine: (text, random) => {
    const lines = text.split('\n');
    lines.splice(int(random, lines.length), 1 + int(random, 3));
    return lines.join('\n');
  },
  duplicateLine: (text, random) => {
    const lines = text.split('\n');
    const at = int(random, lines.length);
    lines.splice(at, 0, ...lines.slice(at, at + 1 + int(random, 4)));
    return lines.join('\n');
  },
  swapLines: (text, random) => {
    const lines = text.split('\n');
    const a = int(random, lines.length);
    const b = int(random, lines.length);
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  },
  randomBytes: (text, random) => {
    let result = text;
    const count = 1 + int(random, 6);
    for (let i = 0; i < count; i++) {
      const at = int(random, result.length + 1);
      const junk = random() < 0.7 ? pick(random, JUNK) : String.fromCharCode(int(random, 0x10000));
      result = result.slice(0, at) + junk + result.slice(at + (random() < 0.3 ? 1 : 0));
    }
    return result;
  },
  hugeNumber: (text, random) => {
    const matches = [...text.matchAll(/\d+(?:\.\d+)?/g)];
    if (matches.length === 0) return text;
    const m = pick(random, matches);
    const huge = pick(random, ['9'.repeat(400), `1${'0'.repeat(60)}.5`, '1e308', '0.' + '0'.repeat(300) + '1', '-99999999999999999999.999', '(3.00)', '1,2,3,4.5.6']);
    return text.slice(0, m.index) + huge + text.slice(m.index! + m[0].length);
  },
  wideRow: (text, random) => {
    const lines = text.split('\n');
    const cells = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `${i}.00` : i % 3 === 1 ? '' : '名称'));
    const row = random() < 0.5 ? `| ${cells.join(' | ')} |` : cells.join('\t');
    const tableLine = lines.findIndex((l, i) => i >= int(random, lines.length) && l.startsWith('|'));
    lines.splice(tableLine >= 0 ? tableLine + 1 : int(random, lines.length + 1), 0, row);
    return lines.join('\n');
  },
  tabRows: (text, random) => {
    const lines = text.split('\n');
    const at = int(random, lines.length + 1);
    lines.splice(at, 0, '科目编码\t科目名称\t合计', '208\t社会保障和就业支出\t55.56', '\t\t', '20805\t养老\t1,2');
    return lines.join('\n');
  },
  crlf: (text) => text.replace(/\n/g, '\r\n'),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** A window of a seed (to keep iterations fast) with 1–4 mutations applied. */
export function mutate(seedText: string, random: Random): { text: string; applied: string[] } {
  const lines = seedText.split('\n');
  let text: string;
  if (random() < 0.05) text = seedText;
  else {
    const start = int(random, lines.length);
    text = lines.slice(start, start + 10 + int(random, 70)).join('\n');
    if (random() < 0.5) text = lines.slice(0, 7).join('\n') + '\n' + text;
  }
  const applied: string[] = [];
  const count = 1 + int(random, 4);
  for (let i = 0; i < count; i++) {
    let name = pick(random, MUTATION_NAMES);
    if (name === 'wideRow' && random() < 0.8) name = 'randomBytes';
    applied.push(name);
    text = MUTATIONS[name]!(text, random);
  }
  return { text, applied };
}
