/**
 * Fuzz: thousands of mutated seed documents through parse, checks, hover, definition, completion,
 * symbols, folding, selection ranges, formatting and every code action (each applied). No exception may
 * escape, no step may exceed its time bound, every range must lie inside the document.
 * CI runs a fixed seed; a larger run: FUZZ_ITERATIONS=20000 node scripts/run-tests.mjs fuzz
 * (FUZZ_SEED picks another sequence).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { checkModel } from '../../server/src/check';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import type { Finding } from '../../server/src/diagnostics/finding';
import type { DisclosureDocument, Position, Range } from '../../server/src/model/types';
import { hoverAt } from '../../server/src/features/hover';
import { definitionsAt } from '../../server/src/features/definition';
import { completionsAt } from '../../server/src/features/completion';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { selectionRangeAt } from '../../server/src/features/selectionRanges';
import { formatDocument } from '../../server/src/features/formatting/documentFormatter';
import { codeActionsFor } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { applyEdits } from '../../server/src/fixes/textEdits';
import type { DocumentSymbol, TextEdit } from 'vscode-languageserver';
import { readSeed, SEED_IDS } from '../helpers/fixtures';
import { seededRandom } from '../helpers/random';
import { mutate } from './mutations';

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 2000);
/**
 * Without FUZZ_ITERATIONS the CI run also stops after this much time (the sequence is fixed, so a slower
 * machine checks a prefix of it); an explicit FUZZ_ITERATIONS always runs to the end.
 */
const TIME_BUDGET_MS = process.env.FUZZ_ITERATIONS ? Infinity : Number(process.env.FUZZ_TIME_BUDGET_MS ?? 45000);
const SEED = Number(process.env.FUZZ_SEED ?? 20231123);
/** Wall-clock bound per document for everything above (generous: CI machines are shared). */
const BOUND_MS = Number(process.env.FUZZ_BOUND_MS ?? 8000);
/** Fix-all re-checks up to 8 times: exercised on every n-th document. */
const FIX_ALL_EVERY = 25;

function inside(document: DisclosureDocument, range: Range, what: string): void {
  const { lineIndex } = document;
  const ok = (p: Position): boolean =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.line < lineIndex.lineCount &&
    p.character >= 0 &&
    p.character <= lineIndex.lineText(p.line).length;
  assert.ok(ok(range.start) && ok(range.end), `${what}: range ${JSON.stringify(range)} outside the document`);
  assert.ok(
    range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character),
    `${what}: reversed range ${JSON.stringify(range)}`,
  );
}

function checkSymbols(document: DisclosureDocument, symbols: DocumentSymbol[]): void {
  for (const symbol of symbols) {
    inside(document, symbol.range, 'symbol');
    inside(document, symbol.selectionRange, 'symbol selection');
    if (symbol.children) checkSymbols(document, symbol.children);
  }
}

function checkEdits(document: DisclosureDocument, edits: TextEdit[], what: string): void {
  for (const edit of edits) inside(document, edit.range, what);
  applyEdits(document.text, edits);
}

test(`fuzz: up to ${ITERATIONS} mutated documents (seed ${SEED})`, () => {
  const random = seededRandom(SEED);
  const seeds = SEED_IDS.map((id) => readSeed(id));
  const ruleErrors = new Map<string, string>();
  const contributorErrors = new Map<string, string>();
  const onContributorError = (what: string, error: unknown): void => {
    const message = error instanceof Error ? `${error.message} @ ${error.stack?.split('\n')[1]?.trim() ?? ''}` : String(error);
    contributorErrors.set(`${what}: ${message}`, message);
  };
  let slowest = { ms: 0, applied: [] as string[] };
  const runStarted = performance.now();
  let done = 0;
  for (let i = 0; i < ITERATIONS && performance.now() - runStarted < TIME_BUDGET_MS; i++) {
    done++;
    const { text, applied } = mutate(seeds[Math.floor(random() * seeds.length)]!, random);
    const context = `iteration ${i} (${applied.join(', ')})`;
    const started = performance.now();
    try {
      const document = parseDocument(text, 'file:///fuzz.disclosure');
      const findings: Finding[] = checkModel(document, DEFAULT_SETTINGS, {
        onRuleError: (rule, error) => ruleErrors.set(rule.id, error instanceof Error ? error.message : String(error)),
      });
      for (const finding of findings) {
        inside(document, finding.range, `${finding.ruleId} finding`);
        for (const related of finding.related ?? []) inside(document, related.range, `${finding.ruleId} related`);
        for (const fix of finding.fixes ?? []) checkEdits(document, fix.edits, `${finding.ruleId} fix`);
      }
      const lines = document.lineIndex.lineCount;
      for (let k = 0; k < 3; k++) {
        const line = Math.floor(random() * lines);
        const position = { line, character: Math.floor(random() * (document.lineIndex.lineText(line).length + 1)) };
        const hover = hoverAt(document, position, { settings: DEFAULT_SETTINGS, findings }, onContributorError);
        if (hover?.range) inside(document, hover.range, 'hover');
        for (const link of definitionsAt(document, position, onContributorError)) {
          inside(document, link.targetRange, 'definition');
          inside(document, link.targetSelectionRange, 'definition selection');
        }
        for (const item of completionsAt(document, position, onContributorError)) {
          if (item.textEdit && 'range' in item.textEdit) inside(document, item.textEdit.range, 'completion');
        }
        for (let s: ReturnType<typeof selectionRangeAt> | undefined = selectionRangeAt(document, position); s; s = s.parent) {
          inside(document, s.range, 'selection range');
        }
        const range = { start: position, end: { line: Math.min(lines - 1, line + Math.floor(random() * 5)), character: 0 } };
        const actions = codeActionsFor({
          uri: document.uri,
          model: document,
          range: range.end.line >= range.start.line && (range.end.line > line || range.end.character >= position.character) ? range : { start: position, end: position },
          diagnostics: findings.map((f) => toDiagnostic(f, document.uri)),
          only: k === 0 && i % FIX_ALL_EVERY === 0 ? undefined : ['quickfix', 'refactor'],
          settings: DEFAULT_SETTINGS,
          findings,
          invoked: true,
        });
        for (const action of actions) checkEdits(document, action.edit?.changes?.[document.uri] ?? [], `code action “${action.title}”`);
      }
      checkSymbols(document, documentSymbols(document));
      for (const fold of foldingRanges(document)) {
        assert.ok(fold.startLine >= 0 && fold.endLine < lines && fold.startLine <= fold.endLine, `folding ${JSON.stringify(fold)}`);
      }
      const formatted = formatDocument(document);
      checkEdits(document, formatted, 'formatting');
      if (formatted.length > 0) {
        // Formatting never changes a figure: the formatted text has the same numbers in the same order.
        const numbers = (t: string): string[] => t.match(/\d[\d,.]*/g) ?? [];
        assert.deepEqual(numbers(applyEdits(text, formatted)), numbers(text), 'formatting changed a figure');
      }
    } catch (error) {
      assert.fail(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n--- text (first 2000 chars) ---\n${text.slice(0, 2000)}`);
    }
    const elapsed = performance.now() - started;
    if (elapsed > slowest.ms) slowest = { ms: elapsed, applied };
    assert.ok(elapsed < BOUND_MS, `${context} took ${elapsed.toFixed(0)} ms (bound ${BOUND_MS} ms)`);
  }
  assert.ok(done >= Math.min(ITERATIONS, 200), `only ${done} documents within the time budget`);
  console.log(`fuzz: ${done} of ${ITERATIONS} documents in ${((performance.now() - runStarted) / 1000).toFixed(1)} s, slowest ${slowest.ms.toFixed(0)} ms (${slowest.applied.join(', ')})`);
  if (contributorErrors.size > 0) {
    console.log(`fuzz: feature contributors that threw (caught, answer dropped): ${[...contributorErrors.keys()].join('; ')}`);
  }
  if (ruleErrors.size > 0) {
    console.log(`fuzz: rules that threw (caught as INT001): ${[...ruleErrors].map(([id, m]) => `${id}: ${m}`).join('; ')}`);
  }
});
