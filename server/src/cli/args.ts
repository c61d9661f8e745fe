/** Command-line arguments of `disclosure-check`. */
import type { Severity } from '../diagnostics/finding';
import type { EncodingOption } from './input/decode';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  /** Files, folders, globs, `-` for standard input. */
  files: string[];
  format: OutputFormat;
  /** Write the report to this file instead of standard output. */
  output?: string;
  /** Text: only the summary tables and totals, no individual findings. */
  summary: boolean;
  /** Text: only the findings, no tables, no totals line, no progress bar. */
  quiet: boolean;
  fix: boolean;
  dryRun: boolean;
  rules: string[];
  minSeverity: Severity;
  config?: string;
  encoding: EncodingOption;
  /** Worker threads; undefined: one per core. */
  jobs?: number;
  /** Base of the rules' documentation links (default docs/rules.md). */
  docsUrl?: string;
  color?: boolean;
  progress: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `用法: disclosure-check [选项] 文件|目录|通配符|- ...

检查预算公开文档（.disclosure）：表内表间平衡、科目编码、“三公”经费、正文与表格数字一致性。
也可直接给出 .pdf、.docx、.xlsx 文件：先导入（同 disclosure-import）再检查，问题指向导入文本的行并注明原文页码。
目录按 *.disclosure 递归查找；通配符如 "单位/**/*.disclosure"（请加引号）；- 表示标准输入。

输出:
  -f, --format text|json|sarif  输出格式（默认 text）
  -o, --output 文件            把报告写入文件而不是标准输出
      --summary                 只输出按文件、按规则的汇总表（text）
  -q, --quiet                   只输出问题本身，不输出汇总与进度条（text）
      --docs-url 地址           规则说明的地址（默认 docs/rules.md；SARIF 默认用本机 docs/rules.md 的 file: 地址）
      --no-color                不用颜色（也可设环境变量 NO_COLOR）
      --no-progress             不显示进度条（只在终端上显示）
修正:
      --fix                     就地应用所有确定的快速修复（与编辑器“全部修正”相同）
      --dry-run                 与 --fix 一起使用：只显示统一格式的差异，不写文件
筛选与设置:
      --rule 规则号             只检查这些规则（可重复，或用逗号分隔，如 --rule BAL001,TPE002）
      --severity 级别           只报告不低于此级别的问题：error|warning|information|hint（默认 hint）
      --config 文件             使用此配置文件（默认从每个文件所在目录向上查找 .disclosurerc.json）
      --encoding auto|utf8|gb18030  文件编码（默认 auto：先按 UTF-8，不是则按 GB18030）
  -j, --jobs N                  并行检查的线程数（默认为 CPU 核数）
  -h, --help                    显示本帮助
  -v, --version                 显示版本

退出码: 0 无错误；1 发现错误；2 用法错误或有文件无法读取（其他文件照常检查并报告）。`;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} 只能是 ${allowed.join('、')}，收到“${value ?? ''}”`);
}

/** `--encoding auto|utf8|gb18030` (also `utf-8`, any case), shared by the bins that read documents. */
export function encodingOption(value: string): EncodingOption {
  return oneOf('--encoding', value.toLowerCase().replace('utf-8', 'utf8'), ['auto', 'utf8', 'gb18030'] as const);
}

/** What disclosure-check and disclosure-export both take: where to write, how much to say, the config, the encoding. */
export interface FileOptions {
  output?: string;
  quiet: boolean;
  config?: string;
  encoding: EncodingOption;
}

/**
 * `-o/--output`, `-q/--quiet`, `--config` and `--encoding`, which mean the same in disclosure-check and
 * disclosure-export: sets it on `options` and answers true, or answers false for any other option.
 */
export function fileOption(name: string, value: () => string, options: FileOptions): boolean {
  switch (name) {
    case '-o':
    case '--output':
      options.output = value();
      return true;
    case '-q':
    case '--quiet':
      options.quiet = true;
      return true;
    case '--config':
      options.config = value();
      return true;
    case '--encoding':
      options.encoding = encodingOption(value());
      return true;
    default:
      return false;
  }
}

/**
 * The command-line conventions every bin of the package shares (disclosure-check, -import, -export): operands
 * and options in any order, `--` ends the options, `-` is an operand (standard input), `--name=value` or
 * `--name value` / `-n value`. Each parser says what its options mean; this walks the words.
 */
export interface ArgumentHandlers {
  operand(arg: string): void;
  /**
   * One option. `value()` takes its value (the `=` part, else the next word) and fails on a missing one;
   * `inline` is the `=` part when there is one, so that a flag can refuse it.
   */
  option(name: string, value: () => string, inline: string | undefined): void;
  /** `-h` / `--help` and `-v` / `--version`, which every bin has. */
  help(): void;
  version(): void;
}

export function walkArguments(argv: readonly string[], handlers: ArgumentHandlers): void {
  let onlyOperands = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      handlers.operand(arg);
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} 需要一个值`);
      return v;
    };
    if (inline === undefined && (name === '-h' || name === '--help')) handlers.help();
    else if (inline === undefined && (name === '-v' || name === '--version')) handlers.version();
    else handlers.option(name, value, inline);
  }
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    files: [],
    format: 'text',
    summary: false,
    quiet: false,
    fix: false,
    dryRun: false,
    rules: [],
    minSeverity: 'hint',
    encoding: 'auto',
    progress: true,
    help: false,
    version: false,
  };
  walkArguments(argv, {
    operand: (arg) => options.files.push(arg),
    help: () => (options.help = true),
    version: () => (options.version = true),
    option: (name, value, inline) => {
      if (fileOption(name, value, options)) return;
      switch (name) {
        case '-f':
        case '--format':
          options.format = oneOf('--format', value(), ['text', 'json', 'sarif'] as const);
          break;
        case '--summary':
          options.summary = true;
          break;
        case '--fix':
          options.fix = true;
          break;
        case '--dry-run':
          options.dryRun = true;
          break;
        case '--rule':
          for (const id of value().split(',')) if (id.trim()) options.rules.push(id.trim().toUpperCase());
          break;
        case '--severity':
          options.minSeverity = oneOf('--severity', value(), SEVERITIES);
          break;
        case '-j':
        case '--jobs': {
          const v = value();
          const n = Number(v);
          if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs 应为 1 到 256 之间的整数，收到“${v}”`);
          options.jobs = n;
          break;
        }
        case '--docs-url':
          options.docsUrl = value();
          break;
        case '--color':
          options.color = true;
          break;
        case '--no-color':
          options.color = false;
          break;
        case '--no-progress':
          options.progress = false;
          break;
        default:
          throw new UsageError(`未知选项：${inline === undefined ? name : `${name}=${inline}`}`);
      }
    },
  });
  if (options.help || options.version) return options;
  if (options.files.length === 0) throw new UsageError('请给出要检查的文件、目录或通配符（- 表示标准输入）。');
  if (options.dryRun && !options.fix) throw new UsageError('--dry-run 只能与 --fix 一起使用。');
  if (options.summary && options.quiet) throw new UsageError('--summary 与 --quiet 不能同时使用。');
  if (options.fix && !options.dryRun && options.files.includes('-')) {
    throw new UsageError('--fix 不能写回标准输入；请用 --fix --dry-run 查看差异，或给出文件。');
  }
  return options;
}
