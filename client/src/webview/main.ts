/**
 * The script of the preview webview (bundled to dist/webview.js, loaded with the page's nonce). It only
 * displays what the extension sends: `update` replaces the rendered document in place (no reload, the
 * scroll position is kept), `scrollToLine` follows the editor. Clicking a marked element (or
 * double-clicking any element) asks the extension to reveal its source line; scrolling reports the
 * top line so that the editor can follow.
 */

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Incoming = { type: 'update'; html: string; version: number } | { type: 'scrollToLine'; line: number };

const vscode = acquireVsCodeApi();
const root = document.getElementById('preview-root') as HTMLElement;
let ignoreScrollUntil = 0;
let lastVersion = -1;

interface State {
  scrollY?: number;
}

function lineElements(): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-line]')).filter((el) => el.offsetParent !== null || el.tagName === 'TR');
}

function elementLine(element: HTMLElement): number {
  return Number.parseInt(element.dataset.line ?? '0', 10);
}

/** The element that starts at `line`, or the last one before it. */
function elementForLine(line: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  for (const element of lineElements()) {
    const l = elementLine(element);
    if (l <= line && (!best || l >= elementLine(best))) best = element;
    if (l > line) break;
  }
  return best;
}

function scrollToLine(line: number): void {
  const element = elementForLine(line);
  if (!element) return;
  ignoreScrollUntil = Date.now() + 150;
  const top = element.getBoundingClientRect().top + window.scrollY - 8;
  window.scrollTo({ top: Math.max(0, top) });
}

/** The source line of the topmost visible element. */
function topLine(): number | undefined {
  for (const element of lineElements()) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom > 0) return elementLine(element);
  }
  return undefined;
}

window.addEventListener('message', (event: MessageEvent<Incoming>) => {
  const message = event.data;
  if (message.type === 'update') {
    if (message.version < lastVersion) return;
    lastVersion = message.version;
    const y = window.scrollY;
    root.innerHTML = message.html;
    ignoreScrollUntil = Date.now() + 150;
    window.scrollTo({ top: y });
    document.body.dataset.version = String(message.version);
  } else if (message.type === 'scrollToLine') {
    scrollToLine(message.line);
  }
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  vscode.setState({ scrollY: window.scrollY } satisfies State);
  if (Date.now() < ignoreScrollUntil) return;
  if (scrollTimer !== undefined) window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    const line = topLine();
    if (line !== undefined) vscode.postMessage({ type: 'scrolled', line });
  }, 50);
});

function reveal(target: EventTarget | null, anyElement: boolean): void {
  const element = target instanceof Element ? (target.closest(anyElement ? '[data-line]' : '.finding[data-line], .bar[data-line]') as HTMLElement | null) : null;
  if (!element) return;
  const character = Number.parseInt(element.dataset.character ?? '0', 10);
  vscode.postMessage({ type: 'reveal', line: elementLine(element), character });
}

root.addEventListener('click', (event) => reveal(event.target, false));
root.addEventListener('dblclick', (event) => reveal(event.target, true));

const saved = vscode.getState() as State | undefined;
if (saved?.scrollY) window.scrollTo({ top: saved.scrollY });
vscode.postMessage({ type: 'ready' });
