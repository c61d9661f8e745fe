/** `LastYearFiles` for Node hosts (language server, CLI): reads and lists through node:fs. */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { decodeBytes } from '../cli/input/decode';
import type { LastYearFiles } from './resolveLastYear';

function readHead(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(maxBytes);
    const length = readSync(fd, buffer, 0, maxBytes, 0);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export function nodeLastYearFiles(): LastYearFiles {
  return {
    read(path, maxBytes) {
      try {
        let bytes = maxBytes === undefined ? readFileSync(path) : readHead(path, maxBytes);
        // A head is cut after its last full line, so that no character is cut in two.
        if (maxBytes !== undefined && bytes.length === maxBytes) bytes = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
        // Same decoding as the CLI: UTF-8 (with or without BOM) or GB18030.
        return decodeBytes(bytes, 'auto').text;
      } catch {
        return undefined;
      }
    },
    list(folder) {
      try {
        return readdirSync(folder, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
      } catch {
        return undefined;
      }
    },
  };
}
