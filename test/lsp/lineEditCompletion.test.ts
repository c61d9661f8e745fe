/**
 * Completion on a line being typed, answered from the model parsed before the keystroke (the server
 * does not parse each version for it): the same items as a parse of the current text gives, and used
 * only where that is certain — prose lines outside the glossary, ordinary characters typed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { completionResultAt, completionResultForEditedLine } from '../../server/src/features/completion';
import { proseLineEditKeepsStructure } from '../../server/src/features/proseLineEdit';
import { parseDocument } from '../../server/src/model/buildModel';
import { readSeed } from '../helpers/fixtures';
import { startHarness } from './harness';

const seed = readSeed('000');
const lines = seed.split('\n');
const proseLine = lines.findIndex((l) => l.startsWith('收入总计'));
const tableRow = lines.findIndex((l) => l.startsWith('| 208 '));
const glossaryEntry = lines.findIndex((l) => l.includes('财政拨款（补助）收入：'));

function withLine(line: number, text: string): string {
  const copy = [...lines];
  copy[line] = text;
  return copy.join('\n');
}

describe('completion from the model before the edit', () => {
  it('finds the fixture lines it edits', () => {
    assert.ok(proseLine > 0 && tableRow > 0 && glossaryEntry > 0);
  });

  it('gives the items a parse of the edited text gives, on a prose line (glossary terms)', () => {
    const before = parseDocument(seed);
    for (const typed of ['财', '财政拨款', '公务', '三公经费']) {
      const newLine = `${lines[proseLine]}${typed}`;
      const position = { line: proseLine, character: newLine.length };
      assert.equal(proseLineEditKeepsStructure(before, proseLine, newLine), true, typed);
      const fast = completionResultForEditedLine(before, position, newLine);
      const fresh = completionResultAt(parseDocument(withLine(proseLine, newLine)), position);
      assert.deepEqual(fast, fresh, typed);
      assert.ok((Array.isArray(fast) ? fast : fast.items).length > 0);
    }
  });

  it('is not used where the edit could change the structure', () => {
    const model = parseDocument(seed);
    const prose = lines[proseLine]!;
    assert.equal(proseLineEditKeepsStructure(model, tableRow, `${lines[tableRow]}1`), false, 'a table row');
    assert.equal(proseLineEditKeepsStructure(model, glossaryEntry, `${lines[glossaryEntry]}字`), false, 'a glossary entry');
    assert.equal(proseLineEditKeepsStructure(model, proseLine, `${prose}|`), false, 'a pipe typed');
    assert.equal(proseLineEditKeepsStructure(model, proseLine, `${prose}：`), false, 'a colon typed');
    assert.equal(proseLineEditKeepsStructure(model, proseLine, `#${prose}`), false, 'the line start changed');
    assert.equal(proseLineEditKeepsStructure(model, proseLine, '   '), false, 'the line made blank');
  });

  it('is what the server answers while prose is typed, without a parse; another line changed: a parse', async () => {
    const uri = 'file:///t/typing-prose.disclosure';
    const h = await startHarness({ debounceMs: 5000 });
    try {
      await h.open(uri, seed);
      await h.waitForDiagnostics(uri, 1);
      const parses = h.server.store.parseCount;
      const end = { line: proseLine, character: lines[proseLine]!.length };
      await h.change(uri, 2, [{ range: { start: end, end }, text: '财政' }]);
      const position = { line: proseLine, character: end.character + 2 };
      const answered = await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position });
      assert.equal(h.server.store.parseCount, parses, 'no parse');
      assert.deepEqual(answered, completionResultAt(parseDocument(withLine(proseLine, `${lines[proseLine]}财政`)), position));
      const other = { line: proseLine + 2, character: 0 };
      await h.change(uri, 3, [{ range: { start: other, end: other }, text: '字' }]);
      await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position });
      assert.equal(h.server.store.parseCount, parses + 1, 'two lines differ from the parsed model');
    } finally {
      h.close();
    }
  });
});
