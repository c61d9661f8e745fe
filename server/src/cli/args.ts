/** Command-line arguments of `disclosure-check`. */

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  files: string[];
  format: OutputFormat;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `用法: disclosure-check 文件... [--format text|json]

检查预算公开文档（.disclosure）：表内表间平衡、科目编码、“三公”经费、正文与表格数字一致性。

选项:
  --format text|json   输出格式（默认 text）
  -h, --help           显示本帮助

退出码: 0 无错误；1 发现错误；2 用法错误或文件无法读取。`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { files: [], format: 'text', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到“${value ?? ''}”`);
      options.format = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项：${arg}`);
    else options.files.push(arg);
  }
  if (!options.help && options.files.length === 0) throw new UsageError('请给出要检查的文件。');
  return options;
}
