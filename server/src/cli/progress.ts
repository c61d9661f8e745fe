/**
 * The progress bar on standard error: only when it is a terminal (none when piped or in CI logs), redrawn
 * at most every 100 ms, erased at the end so the report starts on a clean line.
 */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

export const NO_PROGRESS: Progress = { update() {}, finish() {} };

export function terminalProgress(write: (text: string) => void, columns = 80): Progress {
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const label = ` ${done}/${total} 个文件`;
      const width = Math.max(10, Math.min(40, columns - label.length * 2 - 4));
      const filled = total === 0 ? width : Math.round((done / total) * width);
      write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
      drawn = true;
    },
    finish() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}
