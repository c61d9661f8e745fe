/** Checking files from disk into per-file reports. */
import { readFileSync } from 'node:fs';
import { checkText } from '../check';
import type { CheckSettings } from '../config/settings';
import { DEFAULT_SETTINGS } from '../config/settings';
import type { Finding } from '../diagnostics/finding';

export interface FileReport {
  file: string;
  findings: Finding[];
  /** Set when the file could not be read; it is reported and the others still run. */
  readError?: string;
}

/** Decodes file bytes as UTF-8 (BOM removed); throws on bytes that are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function checkFile(file: string, settings: CheckSettings = DEFAULT_SETTINGS): FileReport {
  let text: string;
  try {
    text = file === '-' ? decodeText(readFileSync(0)) : decodeText(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' ? '没有读取权限' : error instanceof TypeError ? '不是有效的 UTF-8 文本' : String((error as Error).message ?? error);
    return { file, findings: [], readError: reason };
  }
  if (text.length > settings.maxFileSize) {
    return {
      file,
      findings: [
        {
          ruleId: 'LIM001',
          severity: 'error',
          message: `文件过大（${text.length} 个字符，上限 ${settings.maxFileSize}），未检查。`,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      ],
    };
  }
  return { file, findings: checkText(text, file, settings).findings };
}
