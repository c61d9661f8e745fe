/**
 * `disclosure-check` as a function: arguments and an I/O environment in, output through callbacks, exit
 * code out (0 no error, 1 an error found, 2 bad usage or an unreadable file — all other files are still
 * checked and reported).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { ruleCatalog } from './check/ruleCatalog';
import { checkInPool, defaultJobs } from './check/pool';
import type { CheckTask, FileReport, ReportNeeds } from './check/task';
import { COLORS, NO_COLORS, useColors } from './formatters/colors';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { ConfigError, ConfigResolver } from './input/config';
import { expandOperands, STDIN } from './input/expand';
import { annotateImportedFindings, importSources } from './input/importSources';
import { packageInfo } from './packageInfo';
import { processIo, type CliIo } from './io';
import { NO_PROGRESS, terminalProgress } from './progress';

export { processIo, type CliIo };

/** What render() reads of the reports beyond the findings themselves. */
function reportNeeds(options: CliOptions): ReportNeeds {
  const diffOnly = options.fix && options.dryRun;
  return {
    sourceLines: !diffOnly && options.format === 'text' && !options.summary,
    related: !diffOnly && options.format === 'sarif',
    fixes: !diffOnly && options.format === 'sarif',
  };
}

function buildTasks(options: CliOptions, io: CliIo, cwd: string): CheckTask[] {
  const configs = new ConfigResolver(options.config);
  const needs = reportNeeds(options);
  return expandOperands(options.files, cwd).map((input, index) => {
    const { settings } = configs.settingsFor(input.path, cwd);
    const task: CheckTask = {
      index,
      file: input.path,
      encoding: options.encoding,
      settings,
      minSeverity: options.minSeverity,
      fix: options.fix ? (options.dryRun ? 'dry-run' : 'write') : 'none',
      needs,
      ...(options.rules.length > 0 ? { onlyRules: options.rules } : {}),
      ...(input.problem ? { problem: input.problem } : {}),
    };
    if (input.path === STDIN) {
      try {
        task.bytes = (io.readStdin ?? (() => readFileSync(0)))();
      } catch (error) {
        task.problem = `无法读取标准输入：${(error as Error).message}`;
      }
    } else {
      task.readPath = resolve(cwd, input.path);
    }
    return task;
  });
}

function render(reports: FileReport[], options: CliOptions, colors: boolean): string {
  if (options.fix && options.dryRun) return reports.map((r) => r.fix?.diff ?? '').join('');
  switch (options.format) {
    case 'json':
      return formatJson(reports, options.docsUrl);
    case 'sarif': {
      const info = packageInfo();
      return formatSarif(reports, { version: info.version, ...(options.docsUrl ?? info.rulesDocUrl ? { rulesDocUrl: options.docsUrl ?? info.rulesDocUrl } : {}) });
    }
    case 'text':
      return formatText(reports, {
        palette: colors ? COLORS : NO_COLORS,
        findings: !options.summary,
        tables: options.summary ? true : options.quiet ? false : reports.length > 1,
        totals: !options.quiet,
      });
  }
}

export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
    const known = ruleCatalog();
    const unknown = options.rules.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new UsageError(`未知规则：${unknown.join('、')}（规则见 docs/rules.md）`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`disclosure-check: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`disclosure-check ${packageInfo().version}\n`);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  let tasks: CheckTask[];
  try {
    tasks = buildTasks(options, io, cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`disclosure-check: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const imported = await importSources(tasks);
  const showProgress = options.progress && !options.quiet && io.stderrIsTty === true && tasks.length > 1;
  const progress = showProgress ? terminalProgress(io.stderr, io.stderrColumns) : NO_PROGRESS;
  const reports = await checkInPool(tasks, {
    jobs: options.jobs ?? defaultJobs(),
    onReport: (_report, done, total) => progress.update(done, total),
  });
  progress.finish();
  for (const report of reports) {
    const source = imported.get(report.index);
    if (source) annotateImportedFindings(report, source);
  }
  const toFile = options.output !== undefined;
  const colors = options.format === 'text' && !toFile && (options.color ?? useColors(io.stdoutIsTty === true, env));
  const text = render(reports, options, colors);
  if (toFile) {
    try {
      writeFileSync(resolve(cwd, options.output!), text);
    } catch (error) {
      io.stderr(`disclosure-check: 无法写入 ${options.output}：${(error as Error).message}\n`);
      return 2;
    }
  } else {
    io.stdout(text);
  }
  if (reports.some((r) => r.readError)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
