/** Runs a contributor so that one that throws costs its own answer, never the whole request. */
export type ErrorSink = (what: string, error: unknown) => void;

export function safeCall<T>(what: string, call: () => T, onError?: ErrorSink): T | undefined {
  try {
    return call();
  } catch (error) {
    onError?.(what, error);
    return undefined;
  }
}
