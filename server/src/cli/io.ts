/** The command-line tools' view of the process: output callbacks, terminal facts, standard input. */
import { readFileSync } from 'node:fs';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTty?: boolean;
  stderrIsTty?: boolean;
  stderrColumns?: number;
  readStdin?(): Uint8Array;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    readStdin: () => readFileSync(0),
    cwd: process.cwd(),
    env: process.env,
  };
}
