/** Dev aid: `run(n)` checks the five seeds n times (for profilers that load it as a module). */
import { checkText } from '../../server/src/check';
import { readSeedText, SEED_IDS } from '../../bench/corpus';

const texts = SEED_IDS.map((id) => readSeedText(process.env.REPO ?? process.cwd(), id));
export function run(rounds: number): void {
  for (let i = 0; i < rounds; i++) for (const text of texts) checkText(text);
}
