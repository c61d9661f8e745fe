/**
 * The `--from-last-year` handler of `disclosure-import`: reads last year's disclosure (UTF-8 or GB18030),
 * writes next year's draft (UTF-8) to a file or standard output, and lists the notices (renamed or retired
 * codes) on standard error. When written to a file, the draft's `上年文档` points back at the input.
 *
 *   disclosure-import --from-last-year 2023/单位.disclosure -o 2024/单位.disclosure
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { decodeBytes } from '../cli/input/decode';
import { draftNextYear, DraftError } from './createNextYearDraft';

export interface FromLastYearIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd?: string;
}

export interface FromLastYearArgs {
  /** Last year's `.disclosure` file. */
  input: string;
  /** Where the draft goes; standard output when absent. */
  output?: string;
}

/** Exit code: 0 written, 2 the input cannot be read or has no year, or the output cannot be written. */
export function runFromLastYear(args: FromLastYearArgs, io: FromLastYearIo): number {
  const cwd = io.cwd ?? process.cwd();
  const inputPath = resolve(cwd, args.input);
  let text: string;
  try {
    text = decodeBytes(readFileSync(inputPath)).text;
  } catch (error) {
    io.stderr(`disclosure-import: 无法读取 ${args.input}：${(error as Error).message}\n`);
    return 2;
  }
  const outputPath = args.output ? resolve(cwd, args.output) : undefined;
  const lastYearPath = outputPath ? relative(dirname(outputPath), inputPath).split(sep).join('/') : undefined;
  let draft;
  try {
    draft = draftNextYear(text, lastYearPath !== undefined ? { lastYearPath } : {});
  } catch (error) {
    if (error instanceof DraftError) {
      io.stderr(`disclosure-import: ${args.input}：${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (outputPath) {
    try {
      mkdirSync(dirname(outputPath), { recursive: true });
      writeFileSync(outputPath, draft.text);
    } catch (error) {
      io.stderr(`disclosure-import: 无法写入 ${args.output}：${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`已从 ${args.input} 生成 ${draft.year} 年草稿 ${args.output}\n`);
  } else {
    io.stdout(draft.text);
  }
  for (const notice of draft.notices) io.stderr(`${args.output ?? '-'}:${notice.line + 1}: 提示：${notice.message}\n`);
  return 0;
}
