/**
 * Command-line arguments of `disclosure-import`, as a table of options (name, aliases, whether it takes a
 * value, what it sets): adding an option is adding one entry to OPTIONS.
 */
import { UsageError, walkArguments } from '../args';

export interface ImportOptions {
  /** The documents to import (.pdf, .docx, .xlsx). */
  files: string[];
  /** `-o`: one output file for all inputs together (`-` for standard output). */
  output?: string;
  /** `--out-dir`: each input → DIR/<name>.disclosure. */
  outDir?: string;
  /** `--from-last-year FILE`: next year's draft from last year's `.disclosure` instead of an import. */
  fromLastYear?: string;
  /** Overwrite existing output files. */
  force: boolean;
  help: boolean;
  version: boolean;
}

interface OptionSpec {
  names: string[];
  /** Whether the option takes a value (`-o FILE`, `--out-dir=DIR`). */
  value: boolean;
  apply(options: ImportOptions, value: string): void;
}

export const OPTIONS: OptionSpec[] = [
  { names: ['-o', '--output'], value: true, apply: (o, v) => (o.output = v) },
  { names: ['--out-dir'], value: true, apply: (o, v) => (o.outDir = v) },
  { names: ['--from-last-year'], value: true, apply: (o, v) => (o.fromLastYear = v) },
  { names: ['-f', '--force'], value: false, apply: (o) => (o.force = true) },
];

export const IMPORT_USAGE = `用法: disclosure-import [选项] 文件 ...

把已发布或起草中的预算公开文档（PDF、Word .docx、Excel .xlsx）转换为 .disclosure 文本。
不确定之处写成 <!-- 导入：… --> 注释；原文中的数字一个不少（缺少时同样写成注释并以退出码 1 提示）。

选项:
  -o, --output 文件     把所有输入合成一个文档写到此文件（如一对 -a/-b PDF：先说明后表格）；- 表示标准输出
      --out-dir 目录    每个输入各写一个 目录/<文件名>.disclosure
      --from-last-year 文件
                        不导入，而由上年的 .disclosure 生成今年的草稿（年度推进、上年数移入“上年”列、
                        本年数留空、新版目录中更名的科目标出）；-o 给出草稿文件，否则写到标准输出
  -f, --force           覆盖已存在的输出文件
  -h, --help            显示本帮助
  -v, --version         显示版本

默认每个输入写到它旁边的 <文件名>.disclosure。
退出码: 0 成功；1 有原文数字未出现在结果中（见结果末尾的注释）；2 用法错误或文件无法读取。`;

export function parseImportArgs(argv: string[]): ImportOptions {
  const options: ImportOptions = { files: [], force: false, help: false, version: false };
  walkArguments(argv, {
    operand: (arg) => options.files.push(arg),
    help: () => (options.help = true),
    version: () => (options.version = true),
    option: (name, value, inline) => {
      const spec = OPTIONS.find((o) => o.names.includes(name));
      if (!spec) throw new UsageError(`未知选项：${inline === undefined ? name : `${name}=${inline}`}`);
      if (spec.value) spec.apply(options, value());
      else if (inline !== undefined) throw new UsageError(`${name} 不带值`);
      else spec.apply(options, '');
    },
  });
  if (options.help || options.version) return options;
  if (options.fromLastYear !== undefined) {
    if (options.files.length > 0 || options.outDir !== undefined) throw new UsageError('--from-last-year 只接受一个上年文件和 -o。');
    return options;
  }
  if (options.files.length === 0) throw new UsageError('请给出要导入的文件（.pdf、.docx、.xlsx）。');
  if (options.files.includes('-')) throw new UsageError('导入不能读标准输入，请给出文件。');
  if (options.output !== undefined && options.outDir !== undefined) throw new UsageError('-o 与 --out-dir 不能同时使用。');
  return options;
}
