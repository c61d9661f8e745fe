/** `disclosure-check` as a function: arguments in, output through callbacks, exit code out. */
import { parseArgs, USAGE, UsageError } from './args';
import { checkFile, type FileReport } from './report';
import { formatJson } from './formatters/json';
import { formatText } from './formatters/text';

export function run(argv: string[], write: (text: string) => void, writeError: (text: string) => void): number {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      writeError(`disclosure-check: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    write(`${USAGE}\n`);
    return 0;
  }
  const reports: FileReport[] = options.files.map((file) => checkFile(file));
  write(options.format === 'json' ? formatJson(reports) : formatText(reports));
  if (reports.some((r) => r.readError)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
