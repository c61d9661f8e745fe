/** The validation scheduler's prepare step: run ahead of a debounced validation, never for a replaced version. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationScheduler } from '../../server/src/lsp/validationScheduler';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('ValidationScheduler prepare step', () => {
  it('prepares a version leadMs before validating it, and skips versions replaced before their turn', async () => {
    const events: string[] = [];
    const scheduler = new ValidationScheduler(
      async (_uri, version) => void events.push(`validate ${version}`),
      { prepare: (_uri, version) => void events.push(`prepare ${version}`), leadMs: 200 },
    );
    scheduler.schedule('a', 1, 300);
    await sleep(5);
    scheduler.schedule('a', 2, 300); // typed again before version 1's turn
    await sleep(200);
    assert.deepEqual(events, ['prepare 2']);
    await sleep(300);
    assert.deepEqual(events, ['prepare 2', 'validate 2']);
    scheduler.schedule('a', 3, 100); // no time to prepare ahead: validated directly
    await sleep(300);
    assert.deepEqual(events, ['prepare 2', 'validate 2', 'validate 3']);
    scheduler.dispose();
  });
});
