/** How far ahead of a debounced validation the server starts parsing and checking (checkAhead.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CheckAhead } from '../../server/src/lsp/checkAhead';
import { ValidationScheduler } from '../../server/src/lsp/validationScheduler';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('CheckAhead', () => {
  it('starts 100 ms ahead while checks are quick, further ahead when they slow down, never more than half the debounce', () => {
    const ahead = new CheckAhead();
    assert.equal(ahead.leadMs('a', 250), 100);
    ahead.record('a', 20);
    assert.equal(ahead.leadMs('a', 250), 100);
    ahead.record('a', 50);
    assert.equal(ahead.leadMs('a', 250), 120);
    ahead.record('a', 400);
    assert.equal(ahead.leadMs('a', 250), 125);
    assert.equal(ahead.leadMs('a', 2000), 820);
    assert.equal(ahead.leadMs('b', 250), 100, 'per document');
    assert.equal(ahead.leadMs('a', 100), 50);
  });

  it('follows the recent checks only, and forgets a closed document', () => {
    const ahead = new CheckAhead();
    ahead.record('a', 300);
    for (let i = 0; i < 8; i++) ahead.record('a', 10);
    assert.equal(ahead.leadMs('a', 1000), 100);
    ahead.record('a', 300);
    ahead.forget('a');
    assert.equal(ahead.leadMs('a', 1000), 100);
  });
});

describe('ValidationScheduler with a lead per document', () => {
  it('asks for the lead of the document and the debounce when scheduling', async () => {
    const events: string[] = [];
    const asked: string[] = [];
    const scheduler = new ValidationScheduler(async (uri, version) => void events.push(`validate ${uri}${version}`), {
      prepare: (uri, version) => void events.push(`prepare ${uri}${version}`),
      leadMs: (uri, delayMs) => {
        asked.push(`${uri} ${delayMs}`);
        return uri === 'slow' ? 150 : 20;
      },
    });
    scheduler.schedule('slow', 1, 200);
    scheduler.schedule('fast', 1, 200);
    await sleep(400);
    // Timers run in the order they are due: 50 ms (slow's prepare), 180 ms (fast's), then both validations.
    assert.deepEqual(events, ['prepare slow1', 'prepare fast1', 'validate slow1', 'validate fast1']);
    assert.deepEqual(asked, ['slow 200', 'fast 200']);
    scheduler.dispose();
  });
});
