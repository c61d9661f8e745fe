/**
 * Dev aid for changes to server/src/model that must not change the model: writes, for every `.disclosure` under
 * the given folders (default: test/fixtures, and ../shared/corpus/disclosure when present) and for a synthetic
 * 3000-line document, a full dump of the DisclosureDocument (every field in key order, `undefined` fields
 * included, Decimals printed exactly, shared objects printed as references to where they first appeared).
 * With `--compare DIR` it compares against an earlier dump and names the first difference per document.
 *
 * Usage: node --import tsx scripts/dev/modelSnapshot.ts --out DIR | --compare DIR [FOLDER…]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import Decimal from 'decimal.js';
import { parseDocument } from '../../server/src/model/buildModel';
import { syntheticDocument } from '../../bench/corpus';
import { disclosureFiles, ROOT, snapshotArguments } from './snapshotInputs';

const { out, compare, folders } = snapshotArguments(process.argv.slice(2));

function dump(root: unknown): string {
  const seen = new Map<object, string>();
  const lines: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value instanceof Decimal) {
      lines.push(`${path} = Decimal(${value.isNegative() ? '-' : '+'}${value.toString()})`);
      return;
    }
    if (value === null || typeof value !== 'object') {
      lines.push(`${path} = ${value === undefined ? 'undefined' : JSON.stringify(value)}`);
      return;
    }
    const first = seen.get(value);
    if (first !== undefined) {
      lines.push(`${path} = @${first}`);
      return;
    }
    seen.set(value, path);
    if (value instanceof Map) {
      lines.push(`${path} = Map(${value.size})`);
      for (const [k, v] of value) walk(v, `${path}{${String(k)}}`);
      return;
    }
    // An object with a JSON view (a body cell: its range is a getter) is dumped as that view, as JSON.stringify shows it.
    const view: object = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): object }).toJSON() : value;
    const keys = Object.keys(view);
    lines.push(`${path} = ${Array.isArray(view) ? `[${(view as unknown[]).length}]` : `{${keys.join(',')}}`}`);
    for (const key of keys) walk((view as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(root, '$');
  return lines.join('\n') + '\n';
}

const documents: Array<[string, string]> = folders
  .flatMap(disclosureFiles)
  .map((path) => [relative(ROOT, path).replace(/[/\\]/g, '_').slice(-120), readFileSync(path, 'utf8')]);
documents.push(['synthetic-3000', syntheticDocument(ROOT, 3000)]);
// Hostile variants of one seed: CRLF, BOM, full-width digits, tabs.
const seed = readFileSync(join(ROOT, 'test/fixtures/seeds/001.disclosure'), 'utf8');
documents.push(['seed001-crlf-bom', '\uFEFF' + seed.replace(/\n/g, '\r\n')]);
documents.push(['seed001-fullwidth', seed.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))]);
documents.push(['seed001-tabs', seed.replace(/ \| /g, '\t')]);

let differences = 0;
if (out) mkdirSync(out, { recursive: true });
for (const [name, text] of documents) {
  const model = parseDocument(text, name);
  const { lineIndex: _lineIndex, ...rest } = model;
  const text2 = dump(rest);
  if (out) writeFileSync(join(out, `${basename(name)}.txt`), text2);
  if (compare) {
    const before = readFileSync(join(compare, `${basename(name)}.txt`), 'utf8');
    if (before !== text2) {
      differences++;
      const a = before.split('\n');
      const b = text2.split('\n');
      const at = a.findIndex((line, i) => line !== b[i]);
      console.log(`${name}: differs at line ${at + 1}\n  before: ${a[at]}\n  now:    ${b[at]}`);
    }
  }
}
console.log(`${documents.length} documents${compare ? (differences === 0 ? ': identical' : `: ${differences} differ`) : ''}`);
if (differences > 0) process.exitCode = 1;
