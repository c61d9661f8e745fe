/**
 * Compares an imported `.disclosure` text with a hand conversion, through the project's own parser:
 * table cells as (table, row label, column path, value), paragraphs and headings by their text with white
 * space ignored. Only recall is measured (what the hand conversion has that the import also has).
 */
import { parseDocument } from '../../server/src/model/buildModel';
import type { DisclosureDocument, Table } from '../../server/src/model/types';

export interface Comparison {
  cells: { matched: number; total: number };
  paragraphs: { matched: number; total: number };
  headings: { matched: number; total: number };
  tables: { matched: number; total: number };
  /** Examples of what did not match, for the failure analysis. */
  misses: { cells: string[]; paragraphs: string[]; headings: string[]; tables: string[] };
}

const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');

function multiset(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function recall(truth: string[], found: string[]): { matched: number; total: number; missed: string[] } {
  const have = multiset(found);
  let matched = 0;
  const missed: string[] = [];
  for (const value of truth) {
    const n = have.get(value) ?? 0;
    if (n > 0) {
      matched++;
      have.set(value, n - 1);
    } else {
      missed.push(value);
    }
  }
  return { matched, total: truth.length, missed };
}

/** Caption name without its number and year, for pairing tables. */
function captionKey(table: Table): string {
  return squeeze(table.caption?.text ?? '').replace(/^(表|表格)?[一二三四五六七八九十\d]+[、.．]/, '').replace(/^公开\d+表/, '');
}

function cellKeys(table: Table): string[] {
  const keys: string[] = [];
  for (const row of table.body) {
    const label = squeeze(`${row.code ?? ''}${row.label}`);
    for (const cell of row.cells) {
      if (cell.kind !== 'amount' && cell.kind !== 'percent') continue;
      const column = table.columns[cell.column];
      keys.push(`${label}§${squeeze(column?.path.join('/') ?? '')}§${cell.text.replace(/\s+/g, '')}`);
    }
  }
  return keys;
}

/** Pairs each hand-converted table with the imported table of the same caption (else the same position). */
function pairTables(truth: DisclosureDocument, imported: DisclosureDocument): Map<Table, Table | undefined> {
  const pairs = new Map<Table, Table | undefined>();
  const used = new Set<Table>();
  for (const table of truth.tables) {
    const key = captionKey(table);
    const candidates = imported.tables.filter((t) => !used.has(t));
    let best = candidates.find((t) => captionKey(t) === key && key !== '');
    best ??= candidates.find((t) => key !== '' && captionKey(t) !== '' && (captionKey(t).includes(key) || key.includes(captionKey(t))));
    if (best) used.add(best);
    pairs.set(table, best);
  }
  // Unpaired tables: the next unused imported table in order.
  let cursor = 0;
  for (const [table, match] of pairs) {
    if (match) {
      cursor = imported.tables.indexOf(match) + 1;
      continue;
    }
    const next = imported.tables.slice(cursor).find((t) => !used.has(t));
    if (next) {
      used.add(next);
      pairs.set(table, next);
      cursor = imported.tables.indexOf(next) + 1;
    }
  }
  return pairs;
}

export function compare(truthText: string, importedText: string): Comparison {
  const truth = parseDocument(truthText);
  const imported = parseDocument(importedText);
  const pairs = pairTables(truth, imported);
  let cellMatched = 0;
  let cellTotal = 0;
  const cellMisses: string[] = [];
  let tablesMatched = 0;
  const tableMisses: string[] = [];
  for (const [table, match] of pairs) {
    const truthKeys = cellKeys(table);
    const result = recall(truthKeys, match ? cellKeys(match) : []);
    cellMatched += result.matched;
    cellTotal += result.total;
    if (result.matched === result.total) tablesMatched++;
    else tableMisses.push(`${table.caption?.text ?? '?'} → ${match?.caption?.text ?? '（无）'}: ${result.matched}/${result.total}`);
    cellMisses.push(...result.missed.slice(0, 3).map((m) => `${table.caption?.text ?? ''}: ${m}`));
  }
  const paragraphs = recall(truth.paragraphs.map((p) => squeeze(p.text)), imported.paragraphs.map((p) => squeeze(p.text)));
  const headings = recall(truth.headings.map((h) => squeeze(h.text)), imported.headings.map((h) => squeeze(h.text)));
  return {
    cells: { matched: cellMatched, total: cellTotal },
    paragraphs: { matched: paragraphs.matched, total: paragraphs.total },
    headings: { matched: headings.matched, total: headings.total },
    tables: { matched: tablesMatched, total: truth.tables.length },
    misses: { cells: cellMisses, paragraphs: paragraphs.missed, headings: headings.missed, tables: tableMisses },
  };
}
