/** Command-line arguments of `disclosure-export`, with the conventions of `disclosure-check` (args.ts). */
import type { ExportFormat } from '../../export/exportDocument';
import { fileOption, UsageError, walkArguments } from '../args';
import type { EncodingOption } from '../input/decode';

export interface ExportOptions {
  /** Files, folders, globs, `-` for standard input. */
  files: string[];
  format: ExportFormat;
  /** A file (one input), a folder (several), or `-` for standard output. */
  output?: string;
  config?: string;
  encoding: EncodingOption;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export const EXPORT_USAGE = `用法: disclosure-export [--docx|--html] [-o 文件|目录] 文件|目录|通配符|- ...

把预算公开文档（.disclosure）导出为按发布样式排版的 Word 文档（.docx，默认）或独立网页（.html）。
目录按 *.disclosure 递归查找；通配符请加引号；- 表示标准输入。

格式:
      --docx                    Word 文档：标题、各级标题、正文、表格（表名、单位行、多级表头合并、金额右对齐、
                                跨页重复表头、宽表横排）、名词解释、页码（默认）
      --html                    与编辑器“导出预览为 HTML”相同的独立网页（问题处已标出）
输出:
  -o, --output 文件|目录|-      输出到此文件；多个输入时为目录（不存在则新建）；- 为标准输出。
                                不给出时写在源文件旁，扩展名换成 .docx / .html
  -q, --quiet                   不列出写出的文件
设置:
      --config 文件             HTML 标注问题时使用的配置文件（默认向上查找 .disclosurerc.json）
      --encoding auto|utf8|gb18030  文件编码（默认 auto：先按 UTF-8，不是则按 GB18030）
  -h, --help                    显示本帮助
  -v, --version                 显示版本

退出码: 0 全部导出；2 用法错误，或有文件无法读取或写入（其他文件照常导出）。`;

export function parseExportArgs(argv: string[]): ExportOptions {
  const options: ExportOptions = { files: [], format: 'docx', encoding: 'auto', quiet: false, help: false, version: false };
  const formats = new Set<ExportFormat>();
  walkArguments(argv, {
    operand: (arg) => options.files.push(arg),
    help: () => (options.help = true),
    version: () => (options.version = true),
    option: (name, value, inline) => {
      if (fileOption(name, value, options)) return;
      switch (name) {
        case '--docx':
          formats.add('docx');
          break;
        case '--html':
          formats.add('html');
          break;
        default:
          throw new UsageError(`未知选项：${inline === undefined ? name : `${name}=${inline}`}`);
      }
    },
  });
  if (options.help || options.version) return options;
  if (formats.size > 1) throw new UsageError('--docx 与 --html 只能选一个。');
  options.format = formats.values().next().value ?? 'docx';
  if (options.files.length === 0) throw new UsageError('请给出要导出的文件、目录或通配符（- 表示标准输入）。');
  if (options.files.includes('-') && options.output === undefined) {
    throw new UsageError('从标准输入导出时请用 -o 指定输出文件（-o - 为标准输出）。');
  }
  return options;
}
