/** `disclosure-export`: a disclosure as a Word document or a standalone web page (see exportRun.ts). */
import { runExport } from './exportRun';

runExport(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`disclosure-export: 内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
