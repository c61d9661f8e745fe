/**
 * When to validate: immediately on open, `debounceMs` after the last change, again for every open
 * document when the configuration changes. A newer version cancels older work: the pending timer is
 * replaced, the rules runner stops between rules (`isCancelled`), and findings are published only if the
 * document is still at the version they were computed for.
 */
export type ValidateFn = (uri: string, version: number) => Promise<void>;

export class ValidationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly validate: ValidateFn) {}

  schedule(uri: string, version: number, delayMs: number): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      if (this.timers.get(uri) === timer) this.timers.delete(uri);
      this.validate(uri, version).catch(() => undefined);
    }, Math.max(0, delayMs));
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
