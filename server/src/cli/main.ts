/** `disclosure-check`: the command-line checker for batches and CI (see run.ts). */
import { run } from './run';

process.exitCode = run(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
