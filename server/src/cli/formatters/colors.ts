/** ANSI colours for the text output: only on a terminal, never with NO_COLOR or into a file or pipe. */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const COLORS: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  cyan: wrap(36, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const identity = (s: string) => s;
export const NO_COLORS: Palette = { red: identity, yellow: identity, blue: identity, cyan: identity, dim: identity, bold: identity };

/** https://no-color.org: any non-empty NO_COLOR turns colours off; FORCE_COLOR (not "0") turns them on. */
export function useColors(isTty: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTty;
}
