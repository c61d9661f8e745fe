/**
 * When to validate: immediately on open, `debounceMs` after the last change, again for every open
 * document when the configuration changes. A newer version cancels older work: the pending timer is
 * replaced, the rules runner stops between rules (`isCancelled`), and findings are published only if the
 * document is still at the version they were computed for.
 *
 * Optionally, a `prepare` step (the parse) runs `prepareLeadMs` before a debounced validation: typing has
 * paused by then, so the work is rarely wasted on a version that is replaced at once, and the validation
 * finds it done — edit → diagnostics is then the debounce plus the checks alone.
 */
export type ValidateFn = (uri: string, version: number) => Promise<void>;
export type PrepareFn = (uri: string, version: number) => void;

export interface PrepareStep {
  prepare: PrepareFn;
  leadMs: number;
}

export class ValidationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly prepareTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly validate: ValidateFn,
    private readonly prepareStep?: PrepareStep,
  ) {}

  schedule(uri: string, version: number, delayMs: number): void {
    this.cancel(uri);
    const delay = Math.max(0, delayMs);
    const step = this.prepareStep;
    if (step && delay > step.leadMs) {
      const prepareTimer = setTimeout(() => {
        if (this.prepareTimers.get(uri) === prepareTimer) this.prepareTimers.delete(uri);
        try {
          step.prepare(uri, version);
        } catch {
          // the validation will meet the same problem and report it
        }
      }, delay - step.leadMs);
      this.prepareTimers.set(uri, prepareTimer);
    }
    const timer = setTimeout(() => {
      if (this.timers.get(uri) === timer) this.timers.delete(uri);
      this.validate(uri, version).catch(() => undefined);
    }, delay);
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    for (const timers of [this.timers, this.prepareTimers]) {
      const timer = timers.get(uri);
      if (timer !== undefined) clearTimeout(timer);
      timers.delete(uri);
    }
  }

  dispose(): void {
    for (const timers of [this.timers, this.prepareTimers]) {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    }
  }
}
