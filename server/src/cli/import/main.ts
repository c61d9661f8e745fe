/** `disclosure-import`: PDF / Word / Excel → .disclosure (see run.ts). */
import { runImport } from './run';

runImport(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`disclosure-import: 内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
