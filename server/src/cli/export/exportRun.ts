/**
 * `disclosure-export` as a function: arguments and an I/O environment in, files written, exit code out
 * (0 every file exported; 2 bad usage, or a file that could not be read or written — the others are
 * still exported). Inputs are found, decoded and configured exactly as `disclosure-check` does.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setCatalogFileReader } from '../../catalog/catalogProvider';
import { nodeCatalogFileReader } from '../../catalog/nodeFileReader';
import { EXPORT_EXTENSIONS, exportDocument } from '../../export/exportDocument';
import { UsageError } from '../args';
import { readErrorReason } from '../check/checkTask';
import { ConfigError, ConfigResolver } from '../input/config';
import { decodeBytes } from '../input/decode';
import { expandOperands, STDIN, type Input } from '../input/expand';
import { packageInfo } from '../packageInfo';
import { processIo, type CliIo } from '../io';
import { EXPORT_USAGE, parseExportArgs, type ExportOptions } from './exportArgs';

setCatalogFileReader(nodeCatalogFileReader());

export interface ExportIo extends CliIo {
  /** Binary standard output (`-o -`). */
  stdoutBytes?(bytes: Uint8Array): void;
}

function withExtension(path: string, extension: string): string {
  return path.replace(/\.disclosure$/i, '') + extension;
}

/** As the user would type it: relative to the working directory when inside it. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function isDirectoryTarget(path: string): boolean {
  if (/[\\/]$/.test(path)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where each input goes; a folder given with `-o` is created. */
function targets(inputs: Input[], options: ExportOptions, cwd: string): Map<Input, string> {
  const extension = EXPORT_EXTENSIONS[options.format];
  const result = new Map<Input, string>();
  const output = options.output;
  if (output === '-') {
    if (inputs.length > 1) throw new UsageError('-o - （标准输出）只能用于一个输入文件。');
    if (inputs[0]) result.set(inputs[0], '-');
    return result;
  }
  const outputPath = output !== undefined ? resolve(cwd, output) : undefined;
  const intoFolder = outputPath !== undefined && (inputs.length > 1 || isDirectoryTarget(outputPath));
  if (intoFolder) mkdirSync(outputPath!, { recursive: true });
  const taken = new Set<string>();
  for (const input of inputs) {
    let target: string;
    if (!outputPath) target = resolve(cwd, withExtension(input.path, extension));
    else if (!intoFolder) target = outputPath;
    else {
      const name = input.path === STDIN ? `stdin${extension}` : withExtension(basename(input.path), extension);
      target = join(outputPath, name);
      // Two inputs of the same name from different folders: number the later ones.
      const stem = name.slice(0, -extension.length);
      for (let n = 2; taken.has(target); n++) target = join(outputPath, `${stem}-${n}${extension}`);
    }
    taken.add(target);
    result.set(input, target);
  }
  return result;
}

export async function runExport(argv: string[], io: ExportIo = processIo()): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let options: ExportOptions;
  let plan: Map<Input, string>;
  let configs: ConfigResolver;
  try {
    options = parseExportArgs(argv);
    if (options.help) {
      io.stdout(`${EXPORT_USAGE}\n`);
      return 0;
    }
    if (options.version) {
      io.stdout(`disclosure-export ${packageInfo().version}\n`);
      return 0;
    }
    configs = new ConfigResolver(options.config);
    plan = targets(expandOperands(options.files, cwd), options, cwd);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`disclosure-export: ${error.message}\n\n${EXPORT_USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError || (error as NodeJS.ErrnoException).code !== undefined) {
      io.stderr(`disclosure-export: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
  let failed = false;
  for (const [input, target] of plan) {
    const fail = (reason: string): void => {
      failed = true;
      io.stderr(`disclosure-export: ${input.path}：${reason}\n`);
    };
    if (input.problem) {
      fail(input.problem);
      continue;
    }
    let text: string;
    try {
      const bytes = input.path === STDIN ? (io.readStdin ?? (() => readFileSync(0)))() : readFileSync(resolve(cwd, input.path));
      text = decodeBytes(bytes, options.encoding).text;
    } catch (error) {
      fail(readErrorReason(error));
      continue;
    }
    let bytes: Uint8Array;
    try {
      const { settings } = configs.settingsFor(input.path, cwd);
      const uri = input.path === STDIN ? 'untitled:stdin' : pathToFileURL(resolve(cwd, input.path)).href;
      const title = input.path === STDIN ? '预算公开' : basename(input.path).replace(/\.disclosure$/i, '');
      bytes = await exportDocument(text, uri, options.format, settings, title);
    } catch (error) {
      fail(`导出失败：${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (target === '-') {
      (io.stdoutBytes ?? ((b: Uint8Array) => process.stdout.write(b)))(bytes);
      continue;
    }
    try {
      if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    } catch (error) {
      fail(`无法写入 ${target}：${(error as Error).message}`);
      continue;
    }
    if (!options.quiet) io.stdout(`${input.path} → ${displayPath(target, cwd)}\n`);
  }
  return failed ? 2 : 0;
}
