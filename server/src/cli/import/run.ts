/**
 * `disclosure-import` as a function (like ../run.ts for disclosure-check): arguments and an I/O
 * environment in, exit code out. 0 imported; 1 a figure of the source is missing from a result (its
 * comment says which); 2 bad usage or a file that could not be read or imported.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { importFiles, isImportable, type ImportResult } from '../../import/importDocument';
import { UsageError } from '../args';
import { packageInfo } from '../packageInfo';
import { processIo, type CliIo } from '../run';
import { IMPORT_USAGE, parseImportArgs, type ImportOptions } from './args';
import { runFromLastYear } from '../../drafting/fromLastYearCli';

interface Job {
  inputs: string[];
  /** Where the text goes; `-` for standard output. */
  output: string;
}

function outputFor(input: string, options: ImportOptions): string {
  const name = `${basename(input, extname(input))}.disclosure`;
  return options.outDir !== undefined ? join(options.outDir, name) : join(dirname(input), name);
}

function jobs(options: ImportOptions): Job[] {
  if (options.output !== undefined) return [{ inputs: options.files, output: options.output }];
  return options.files.map((input) => ({ inputs: [input], output: outputFor(input, options) }));
}

function summary(result: ImportResult): string {
  const tables = result.document.blocks.filter((b) => b.type === 'table').length;
  const comments = (result.text.match(/<!-- 导入：/g) ?? []).length;
  const pages = result.pageCount ? `${result.pageCount} 页，` : '';
  return `${pages}${tables} 个表格，${comments} 处待核对的“导入：”注释`;
}

export async function runImport(argv: string[], io: CliIo = processIo()): Promise<number> {
  let options: ImportOptions;
  try {
    options = parseImportArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`disclosure-import: ${error.message}\n\n${IMPORT_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`disclosure-import ${packageInfo().version}\n`);
    return 0;
  }
  if (options.fromLastYear !== undefined) {
    return runFromLastYear({ input: options.fromLastYear, ...(options.output !== undefined && options.output !== '-' ? { output: options.output } : {}) }, io);
  }
  const cwd = io.cwd ?? process.cwd();
  let exit = 0;
  for (const job of jobs(options)) {
    const unsupported = job.inputs.find((input) => !isImportable(input));
    if (unsupported) {
      io.stderr(`disclosure-import: ${unsupported}：只支持 .pdf、.docx、.xlsx 文件\n`);
      exit = 2;
      continue;
    }
    const target = job.output === '-' ? '-' : resolve(cwd, job.output);
    if (target !== '-' && existsSync(target) && !options.force) {
      io.stderr(`disclosure-import: ${job.output} 已存在；用 --force 覆盖\n`);
      exit = 2;
      continue;
    }
    let result: ImportResult;
    try {
      const files = job.inputs.map((input) => ({ bytes: new Uint8Array(readFileSync(resolve(cwd, input))), name: basename(input) }));
      result = await importFiles(files);
    } catch (error) {
      io.stderr(`disclosure-import: ${job.inputs.join('、')}：无法导入：${error instanceof Error ? error.message : String(error)}\n`);
      exit = 2;
      continue;
    }
    if (target === '-') {
      io.stdout(result.text);
    } else {
      try {
        writeFileSync(target, result.text);
      } catch (error) {
        io.stderr(`disclosure-import: 无法写入 ${job.output}：${(error as Error).message}\n`);
        exit = 2;
        continue;
      }
    }
    io.stderr(`${job.inputs.join(' + ')} → ${job.output === '-' ? '标准输出' : job.output}（${summary(result)}）\n`);
    if (result.missing.size > 0) {
      io.stderr(`disclosure-import: 警告：${result.missing.size} 个原文数字未出现在结果中，见文末注释\n`);
      if (exit === 0) exit = 1;
    }
  }
  return exit;
}
