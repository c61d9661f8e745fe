// Harness for tests in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, web workbench, Node extension
// host) on 127.0.0.1, driven by playwright-core in Debian's Chromium.
//
// Prerequisite: `bash scripts/setup-code-server.sh` (installs chromium, fonts-noto-cjk, ripgrep and
// code-server into .cache/code-server/). See docs/testing-in-editors.md.
//
// Everything here waits on selectors or polls for a condition with a deadline; there are no fixed
// sleeps.
// Every process started here is stopped by stop()/close(), and, as a last resort, killed (process
// group) when the Node process exits.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = join(REPO_ROOT, '.cache', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts');

/** Flags for Chromium on these machines (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** User settings that keep the workbench quiet and deterministic. */
export const DEFAULT_USER_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'typescript.tsc.autoDetect': 'off',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'editor.hover.sticky': true,
  'editor.accessibilitySupport': 'off',
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'window.commandCenter': false,
  'workbench.editor.restoreViewState': false,
  'problems.autoReveal': false,
};

// ---------------------------------------------------------------------------------------------
// process bookkeeping: kill every process group we started if the test process exits

const liveGroups = new Set<number>();
const scratchDirs = new Set<string>();
let exitHookInstalled = false;

function killEverything(): void {
  for (const pgid of liveGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  liveGroups.clear();
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
  scratchDirs.clear();
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', killEverything);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killEverything();
      process.kill(process.pid, sig); // the handler is gone now: die of the signal as usual
    });
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls fn until it returns a value that is not undefined/false, or throws after timeoutMs. */
export async function poll<T>(
  what: string,
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 30_000, intervalMs = 250 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await sleep(intervalMs);
  }
}

// ---------------------------------------------------------------------------------------------
// code-server

export function codeServerInstalled(): boolean {
  return existsSync(join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`)) && existsSync(CODE_SERVER_ENTRY);
}

function assertInstalled(): void {
  if (!codeServerInstalled()) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} is not installed in ${CODE_SERVER_DIR}; run: bash scripts/setup-code-server.sh`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; run: bash scripts/setup-code-server.sh`);
  }
}

/** Writes <userDataDir>/User/settings.json: DEFAULT_USER_SETTINGS plus `extra`. */
export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): string {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'settings.json');
  writeFileSync(file, JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...extra }, null, 2) + '\n');
  return file;
}

export interface StartOptions {
  /** Folder (or .code-workspace file) to open. */
  workspace: string;
  extensionsDir: string;
  userDataDir: string;
  /** Extra user settings (merged over DEFAULT_USER_SETTINGS). */
  settings?: Record<string, unknown>;
  /** Max time to wait for "HTTP server listening on". Default 60 s. */
  timeoutMs?: number;
  /** Also write code-server's output to this file (it is always kept in memory too). */
  logFile?: string;
  /** Extra environment for code-server (and so for the extension host and the language server). */
  env?: Record<string, string>;
}

export interface CodeServer {
  /** Base URL, e.g. http://127.0.0.1:40123/ */
  url: string;
  /** URL that opens the workspace folder. */
  workspaceUrl: string;
  port: number;
  pid: number;
  /** Everything code-server printed so far. */
  output(): string;
  /** Folder with the VS Code logs (extension host, language server output channels, …). */
  logsDir: string;
  stop(): Promise<void>;
}

const LISTEN_RE = /HTTP server listening on (https?:\/\/[^\s]+)/;

/** Strips variables that would make code-server think it runs inside another VS Code. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_|CODE_SERVER_|NODE_OPTIONS$|NODE_TEST_CONTEXT$|PASSWORD$|HASHED_PASSWORD$|PORT$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  assertInstalled();
  installExitHook();
  const workspace = resolve(opts.workspace);
  const extensionsDir = resolve(opts.extensionsDir);
  const userDataDir = resolve(opts.userDataDir);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  writeUserSettings(userDataDir, opts.settings);
  // code-server's own config and XDG folders go to a throwaway folder, not to $HOME.
  const scratch = mkdtempSync(join(tmpdir(), 'code-server-home-'));
  scratchDirs.add(scratch);
  const configFile = join(scratch, 'config.yaml');
  writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');

  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr',
    '127.0.0.1:0',
    '--auth',
    'none',
    '--config',
    configFile,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    workspace,
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true, // own process group, so stop() can kill it with everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cleanEnv({
      XDG_CONFIG_HOME: join(scratch, 'config'),
      XDG_DATA_HOME: join(scratch, 'data'),
      XDG_CACHE_HOME: join(scratch, 'cache'),
      ...opts.env,
    }),
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn code-server');
  liveGroups.add(pid);

  let out = '';
  const onData = (b: Buffer) => {
    const s = b.toString();
    out += s;
    if (out.length > 2_000_000) out = out.slice(-1_000_000);
    if (opts.logFile) {
      try {
        writeFileSync(opts.logFile, s, { flag: 'a' });
      } catch {
        /* ignore */
      }
    }
  };
  if (opts.logFile) {
    mkdirSync(resolve(opts.logFile, '..'), { recursive: true });
    writeFileSync(opts.logFile, '');
  }
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);

  let exited = false;
  let exitInfo = '';
  const exitPromise = new Promise<void>((res) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitInfo = `code ${code}, signal ${signal}`;
      res();
    });
  });

  const stop = async () => {
    if (!liveGroups.has(pid)) return;
    killGroup(pid, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while ((!exited || groupAlive(pid)) && Date.now() < deadline) await sleep(100);
    if (!exited || groupAlive(pid)) {
      killGroup(pid, 'SIGKILL');
      await Promise.race([exitPromise, sleep(2_000)]);
    }
    liveGroups.delete(pid);
    rmSync(scratch, { recursive: true, force: true });
    scratchDirs.delete(scratch);
  };

  let url: string;
  try {
    url = await poll(
      'code-server to print "HTTP server listening on"',
      () => {
        if (exited) throw new Error(`code-server exited early (${exitInfo})`);
        return LISTEN_RE.exec(out)?.[1];
      },
      { timeoutMs, intervalMs: 100 },
    );
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- code-server output ---\n${out.slice(-5000)}`);
  }
  if (!url.endsWith('/')) url += '/';
  const port = Number(new URL(url).port);
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1') {
    await stop();
    throw new Error(`code-server bound to ${host}, expected 127.0.0.1`);
  }
  return {
    url,
    workspaceUrl: `${url}?folder=${encodeURIComponent(workspace)}`,
    port,
    pid,
    output: () => out,
    logsDir: join(userDataDir, 'logs'),
    stop,
  };
}

/**
 * Copies VS Code's logs (remote agent, extension host, and the output channels of extensions such as a
 * language client: exthost1/output_logging_*) and code-server's own output to test-artifacts/<name>/.
 * Call it before stop() when a test failed; returns the folder.
 */
export function saveLogs(server: CodeServer, name: string): string {
  const dest = join(ARTIFACTS_DIR, name.replace(/[^\w.-]+/g, '_'));
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  if (existsSync(server.logsDir)) cpSync(server.logsDir, join(dest, 'vscode-logs'), { recursive: true });
  writeFileSync(join(dest, 'code-server.log'), server.output());
  return dest;
}

/** Installs a .vsix into extensionsDir with code-server's CLI (no server needed). */
export function installVsix(vsixPath: string, extensionsDir: string, userDataDir?: string): string {
  assertInstalled();
  const scratch = mkdtempSync(join(tmpdir(), 'code-server-cli-'));
  try {
    const r = spawnSync(
      process.execPath,
      [
        CODE_SERVER_ENTRY,
        '--config',
        join(scratch, 'config.yaml'),
        '--user-data-dir',
        userDataDir ?? join(scratch, 'user-data'),
        '--extensions-dir',
        extensionsDir,
        '--force',
        '--install-extension',
        resolve(vsixPath),
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: cleanEnv({
          XDG_CONFIG_HOME: join(scratch, 'config'),
          XDG_DATA_HOME: join(scratch, 'data'),
          XDG_CACHE_HOME: join(scratch, 'cache'),
        }),
      },
    );
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0 || !/successfully installed/i.test(output)) {
      throw new Error(`installing ${vsixPath} failed (status ${r.status}, ${r.error?.message ?? ''}):\n${output}`);
    }
    return output;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Copies an unpacked extension (a folder with package.json and its code) into extensionsDir as
 * <publisher>.<name>-<version>. VS Code scans the folder only while extensionsDir/extensions.json does
 * not exist; once it does (after a first start, or after installVsix), VS Code loads only what that file
 * lists, so an entry is added there too.
 */
export function installUnpacked(extensionFolder: string, extensionsDir: string): string {
  const pkg = JSON.parse(readFileSync(join(extensionFolder, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  const id = `${pkg.publisher}.${pkg.name}`;
  const folder = `${id}-${pkg.version}`;
  const dest = join(resolve(extensionsDir), folder);
  mkdirSync(extensionsDir, { recursive: true });
  rmSync(dest, { recursive: true, force: true });
  cpSync(extensionFolder, dest, { recursive: true });
  const manifest = join(extensionsDir, 'extensions.json');
  if (existsSync(manifest)) {
    type Entry = { identifier: { id: string } };
    const entries = (JSON.parse(readFileSync(manifest, 'utf8')) as Entry[]).filter(
      (e) => e.identifier.id.toLowerCase() !== id.toLowerCase(),
    );
    entries.push({
      identifier: { id },
      version: pkg.version,
      location: { $mid: 1, fsPath: dest, external: pathToFileURL(dest).href, path: dest, scheme: 'file' },
      relativeLocation: folder,
      metadata: { installedTimestamp: Date.now(), source: 'resource' },
    } as Entry);
    writeFileSync(manifest, JSON.stringify(entries));
  }
  return dest;
}

// ---------------------------------------------------------------------------------------------
// browser

export async function launchBrowser(): Promise<Browser> {
  assertInstalled();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: process.env.E2E_HEADED !== '1',
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

export interface Workbench {
  context: BrowserContext;
  page: Page;
  /** Errors and warnings the workbench page logged to the browser console (and uncaught errors). */
  consoleProblems: string[];
  close(): Promise<void>;
}

/**
 * Opens the workbench of `server` in a fresh browser context (clipboard allowed) and waits until it is
 * ready: the workbench, the editor area and the explorer's folder are shown.
 */
export async function openWorkbench(
  browser: Browser,
  server: CodeServer,
  { timeoutMs = 90_000 }: { timeoutMs?: number } = {},
): Promise<Workbench> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const consoleProblems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));
  try {
    await page.goto(server.workspaceUrl, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await waitForWorkbench(page, timeoutMs);
  } catch (e) {
    await screenshot(page, 'openWorkbench-failure').catch(() => undefined);
    await context.close().catch(() => undefined);
    throw e;
  }
  return { context, page, consoleProblems, close: () => context.close().catch(() => undefined) };
}

/** Waits for the workbench to be interactive (editor part, activity bar and status bar rendered). */
export async function waitForWorkbench(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: timeoutMs });
  // The explorer's folder row appears once the remote file system has answered.
  await page
    .locator('.explorer-folders-view .monaco-list-row')
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs });
}

/** code-server here runs on Linux and Chromium sends Linux key bindings: Control, not Meta. */
const CTRL = 'Control';

/** Closes any quick input / widget that may be open. */
export async function escape(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press('Escape');
}

const quickInput = (page: Page) => page.locator('.quick-input-widget');
const quickInputBox = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');
const quickInputRows = (page: Page) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

/**
 * Closes leftovers of an earlier step (quick input, quick-fix menu, suggest widget, hover, context menu)
 * with Escape, so that the next key chord reaches the workbench.
 */
export async function dismissWidgets(page: Page): Promise<void> {
  const open = page.locator(
    '.quick-input-widget:visible, .action-widget:visible, .context-view .monaco-menu:visible, .editor-widget.suggest-widget.visible',
  );
  for (let i = 0; i < 4 && (await open.count()) > 0; i++) await page.keyboard.press('Escape');
}

async function openQuickInput(page: Page, keys: string): Promise<void> {
  await dismissWidgets(page);
  await page.keyboard.press(keys);
  await quickInputBox(page).waitFor({ state: 'visible' });
}

/**
 * Runs a command by its title from the command palette (e.g. "View: Toggle Problems",
 * "Developer: Reload Window"). Picks the row whose label is exactly the title when there is one,
 * otherwise the first row that contains it.
 */
export async function runCommand(page: Page, title: string, { timeoutMs = 15_000 } = {}): Promise<void> {
  await openQuickInput(page, `${CTRL}+Shift+P`);
  await quickInputBox(page).fill(`>${title}`);
  const rows = quickInputRows(page);
  const row = await poll(
    `command "${title}" in the command palette`,
    async () => {
      const n = await rows.count();
      let contains: Locator | undefined;
      for (let i = 0; i < n; i++) {
        const r = rows.nth(i);
        const label = ((await r.locator('.label-name').first().textContent().catch(() => null)) ?? '').trim();
        const aria = (await r.getAttribute('aria-label').catch(() => null)) ?? '';
        if (label === title || aria === title || aria.startsWith(`${title},`)) return r;
        if (!contains && (label.includes(title) || aria.includes(title))) contains = r;
      }
      return contains;
    },
    { timeoutMs },
  );
  await row.click();
  await quickInput(page).waitFor({ state: 'hidden' });
}

/**
 * Opens a workspace file by its path relative to the workspace folder with Quick Open (Ctrl+P, type,
 * Enter) and waits for its editor tab to be active.
 */
export async function openFile(page: Page, relativePath: string, { timeoutMs = 30_000 } = {}): Promise<Locator> {
  const normalized = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const name = basename(normalized);
  const dir = normalized.includes('/') ? normalized.slice(0, normalized.lastIndexOf('/')) : '';
  await openQuickInput(page, `${CTRL}+P`);
  await quickInputBox(page).fill(normalized);
  // Wait until the file search has produced a row for exactly this file, then pick it.
  const row = await poll(
    `Quick Open to list ${relativePath}`,
    async () => {
      const n = await quickInputRows(page).count();
      let sameName: Locator | undefined;
      for (let i = 0; i < n; i++) {
        const r = quickInputRows(page).nth(i);
        const label = ((await r.locator('.label-name').first().textContent().catch(() => null)) ?? '').trim();
        if (label !== name) continue;
        // The description is the folder relative to the workspace ("docs", "docs/2025"), empty at top level.
        const desc = ((await r.locator('.label-description').first().textContent().catch(() => null)) ?? '').trim();
        if (desc.replace(/\\/g, '/') === dir) return r;
        sameName ??= r;
      }
      // Only one file of that name listed: take it even if the description is shown differently.
      return n > 0 && sameName && (await quickInputRows(page).filter({ hasText: name }).count()) === 1 ? sameName : undefined;
    },
    { timeoutMs },
  );
  await row.click();
  await quickInput(page).waitFor({ state: 'hidden' });
  return waitForEditor(page, name, timeoutMs);
}

/** Waits until the active editor tab is `fileName` and its text area is shown; returns the editor. */
export async function waitForEditor(page: Page, fileName?: string, timeoutMs = 30_000): Promise<Locator> {
  if (fileName) {
    await page
      .locator('.tabs-container .tab.active', { has: page.locator('.label-name', { hasText: fileName }) })
      .waitFor({ state: 'visible', timeout: timeoutMs });
  }
  const editor = activeEditor(page);
  await editor.locator('.view-lines').waitFor({ state: 'visible', timeout: timeoutMs });
  return editor;
}

/** The text editor of the active editor group. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** Focuses the active text editor without moving its cursor. */
export async function focusEditor(page: Page): Promise<void> {
  // VS Code 1.100 takes keyboard input through a hidden <textarea> (or, with EditContext, a div).
  await activeEditor(page).locator('textarea.inputarea, .native-edit-context, textarea').first().focus();
}

/** Moves the cursor to a 1-based line and column with "Go to Line/Column" (Ctrl+G). */
export async function goToPosition(page: Page, line: number, column = 1): Promise<void> {
  await openQuickInput(page, `${CTRL}+G`);
  await quickInputBox(page).fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
  // The status bar ("Ln 3, Col 5") shows the cursor position once it has moved. Not fatal if the item
  // is hidden (e.g. a custom layout): the editor has moved the cursor by then anyway.
  await poll(
    `cursor at ${line}:${column}`,
    async () => {
      const pos = await cursorPosition(page);
      return pos && pos.line === line && pos.column === column ? true : undefined;
    },
    { timeoutMs: 5_000, intervalMs: 100 },
  ).catch(() => undefined);
}

// ---------------------------------------------------------------------------------------------
// Problems panel

/** Opens the Problems panel if it is not shown (Ctrl+Shift+M toggles it, so check first). */
export async function openProblems(page: Page): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await page.keyboard.press(`${CTRL}+Shift+M`);
    try {
      await panel.waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
      await runCommand(page, 'View: Toggle Problems');
      await panel.waitFor({ state: 'visible' });
    }
  }
  return panel;
}

export interface ReadProblemsOptions {
  /** Keep polling until some row contains this text / matches this pattern. */
  waitFor?: string | RegExp;
  timeoutMs?: number;
}

/**
 * Returns the texts of the rows in the Problems panel (file rows and marker rows, in order; a marker
 * row reads like "探针诊断  probe(1, 1)"). Use readProblemLabels for the aria labels, which name the
 * severity, line and column in a stable form.
 */
export async function readProblems(page: Page, opts: ReadProblemsOptions = {}): Promise<string[]> {
  return (await readProblemRows(page, opts)).map((r) => r.text);
}

export async function readProblemLabels(page: Page, opts: ReadProblemsOptions = {}): Promise<string[]> {
  return (await readProblemRows(page, opts)).map((r) => r.label);
}

async function readProblemRows(page: Page, opts: ReadProblemsOptions): Promise<{ text: string; label: string }[]> {
  const panel = await openProblems(page);
  const rows = panel.locator('.monaco-list-row');
  const read = async () => {
    const n = await rows.count();
    const out: { text: string; label: string }[] = [];
    for (let i = 0; i < n; i++) {
      const r = rows.nth(i);
      out.push({
        text: ((await r.innerText().catch(() => '')) ?? '').replace(/\s+/g, ' ').trim(),
        label: (await r.getAttribute('aria-label').catch(() => null)) ?? '',
      });
    }
    return out;
  };
  const { waitFor } = opts;
  if (waitFor === undefined) return read();
  const match = (s: string) => (typeof waitFor === 'string' ? s.includes(waitFor) : waitFor.test(s));
  return poll(
    `a Problems row matching ${String(waitFor)}`,
    async () => {
      const r = await read();
      return r.some((x) => match(x.text) || match(x.label)) ? r : undefined;
    },
    { timeoutMs: opts.timeoutMs ?? 30_000 },
  );
}

// ---------------------------------------------------------------------------------------------
// hover, quick fix, editor text

/**
 * Shows the hover at a 1-based line/column and returns its text. mode 'keyboard' (default) moves the
 * cursor there and runs "Show or Focus Hover" (Ctrl+K Ctrl+I); mode 'mouse' moves the real mouse over
 * the character. Polls until the hover has content (and contains `waitFor`, if given).
 */
export async function hoverAt(
  page: Page,
  line: number,
  column: number,
  { mode = 'keyboard', waitFor, timeoutMs = 15_000 }: { mode?: 'keyboard' | 'mouse'; waitFor?: string | RegExp; timeoutMs?: number } = {},
): Promise<string> {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ has: page.locator('.hover-contents, .hover-row') });
  await goToPosition(page, line, column);
  const show = async () => {
    if (mode === 'keyboard') {
      await page.keyboard.press(`${CTRL}+K`);
      await page.keyboard.press(`${CTRL}+I`);
    } else {
      const cursor = activeEditor(page).locator('.cursors-layer .cursor').first();
      const box = await cursor.boundingBox();
      if (!box) throw new Error('no cursor box');
      // Move away first so that a hover is requested anew, then over the character right of the cursor.
      await page.mouse.move(box.x + 200, box.y + 300);
      await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 3 });
    }
  };
  const match = (s: string) => waitFor === undefined || (typeof waitFor === 'string' ? s.includes(waitFor) : waitFor.test(s));
  await show();
  let lastShow = Date.now();
  return poll(
    `hover at ${line}:${column}${waitFor ? ` containing ${String(waitFor)}` : ''}`,
    async () => {
      const n = await hover.count();
      for (let i = 0; i < n; i++) {
        if (!(await hover.nth(i).isVisible())) continue;
        const t = (await hover.nth(i).innerText()).trim();
        if (t && match(t)) return t;
      }
      // Re-trigger every few seconds: the provider may not have been registered at the first request.
      if (Date.now() - lastShow > 3_000) {
        await show();
        lastShow = Date.now();
      }
      return undefined;
    },
    { timeoutMs },
  );
}

/**
 * Moves the cursor to line/column, opens the quick-fix menu (Ctrl+.) and picks the item whose label
 * contains `label`. Returns the labels that were offered.
 */
export async function quickFix(
  page: Page,
  line: number,
  column: number,
  label: string | RegExp,
  { timeoutMs = 15_000 }: { timeoutMs?: number } = {},
): Promise<string[]> {
  await dismissWidgets(page);
  await goToPosition(page, line, column);
  const items = page.locator('.action-widget .monaco-list-row.action');
  const matches = (s: string) => (typeof label === 'string' ? s.includes(label) : label.test(s));
  let lastOpen = 0;
  const found = await poll(
    `quick fix ${String(label)} at ${line}:${column}`,
    async () => {
      if (!(await page.locator('.action-widget').isVisible().catch(() => false))) {
        if (Date.now() - lastOpen < 2_000) return undefined;
        await page.keyboard.press(`${CTRL}+.`);
        lastOpen = Date.now();
        return undefined;
      }
      const n = await items.count();
      const labels: string[] = [];
      let hit: Locator | undefined;
      for (let i = 0; i < n; i++) {
        const t = ((await items.nth(i).innerText().catch(() => '')) ?? '').trim();
        labels.push(t);
        if (!hit && matches(t)) hit = items.nth(i);
      }
      if (!hit) {
        // The menu may have opened before the code actions were computed; close and retry.
        if (Date.now() - lastOpen > 3_000) await escape(page);
        return undefined;
      }
      return { hit, labels };
    },
    { timeoutMs },
  );
  // Pick with the keyboard: a pointer-block overlay of the context view swallows mouse clicks.
  const menu = page.locator('.action-widget');
  for (let i = 0; i <= found.labels.length + 1; i++) {
    const focused = menu.locator('.monaco-list-row.action.focused');
    const t = ((await focused.innerText().catch(() => '')) ?? '').trim();
    if (matches(t)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden' });
  return found.labels;
}

/** The cursor position of the active editor (1-based), read from the status bar ("Ln 3, Col 5"). */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number } | undefined> {
  const t = await page
    .locator('#status\\.editor\\.selection')
    .innerText({ timeout: 2_000 })
    .catch(() => '');
  const m = /(\d+)\D+(\d+)/.exec(t);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/**
 * Reads the full text of the active editor: select all, copy (the workbench's own copy), read the
 * clipboard. The document need not be saved. The cursor is put back where it was (a selection is lost).
 */
export async function readEditorText(page: Page): Promise<string> {
  const editor = activeEditor(page);
  await editor.locator('.view-lines').waitFor({ state: 'visible' });
  const before = await cursorPosition(page);
  const marker = '\u0000harness-empty\u0000';
  await page.evaluate((m) => navigator.clipboard.writeText(m), marker);
  await focusEditor(page);
  await page.keyboard.press(`${CTRL}+A`);
  await page.keyboard.press(`${CTRL}+C`);
  const text = await poll(
    'the clipboard to receive the editor text',
    async () => {
      const t = await page.evaluate(() => navigator.clipboard.readText());
      return t === marker ? undefined : t;
    },
    { timeoutMs: 10_000 },
  );
  if (before) await goToPosition(page, before.line, before.column);
  else await page.keyboard.press('ArrowLeft');
  await focusEditor(page);
  return text;
}

/**
 * Inserts text into the active editor at the cursor, or at 1-based line/column when given. Uses
 * keyboard.insertText (like an input method), so auto-closing pairs and auto-indent do not add
 * characters; use page.keyboard.type / press to test typing behaviour itself.
 */
export async function typeText(page: Page, text: string, at?: { line: number; column: number }): Promise<void> {
  if (at) await goToPosition(page, at.line, at.column);
  await focusEditor(page);
  await page.keyboard.insertText(text);
}

/** Saves the active editor (Ctrl+S) and waits for its tab to lose the dirty mark. */
export async function saveActiveEditor(page: Page): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press(`${CTRL}+S`);
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 15_000 });
}

// ---------------------------------------------------------------------------------------------
// notifications

/**
 * Returns the messages of the notification toasts now shown (bottom right), polling until one contains
 * `waitFor` when it is given. Toasts hide themselves after a while; for older ones open the
 * notification center ("Notifications: Show Notifications").
 */
export async function readNotifications(
  page: Page,
  { waitFor, timeoutMs = 15_000 }: { waitFor?: string | RegExp; timeoutMs?: number } = {},
): Promise<string[]> {
  const items = page.locator('.notifications-toasts .notification-toast .notification-list-item-message');
  const read = async () => (await items.allInnerTexts()).map((t) => t.trim());
  if (waitFor === undefined) return read();
  const match = (t: string) => (typeof waitFor === 'string' ? t.includes(waitFor) : waitFor.test(t));
  return poll(`a notification matching ${String(waitFor)}`, async () => {
    const all = await read();
    return all.some(match) ? all : undefined;
  }, { timeoutMs });
}

// ---------------------------------------------------------------------------------------------
// webview (preview) and screenshots

/**
 * The content frame of the active webview (a preview panel): VS Code puts it two iframes deep.
 * When several webviews are open, pass `index` to pick one of the ready ones.
 */
export function webviewFrame(page: Page, index = 0): FrameLocator {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('#active-frame');
}

/** Alias kept for suites that speak of "the preview". */
export const previewFrame = webviewFrame;

/** Saves a full-window screenshot to test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  return file;
}

// ---------------------------------------------------------------------------------------------
// all together

export interface Session {
  server: CodeServer;
  browser: Browser;
  workbench: Workbench;
  page: Page;
  /** Stops everything; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts code-server on `workspace`, launches Chromium and opens the workbench. On failure everything
 * that was started is stopped before the error is rethrown. Call close() in an after() hook.
 */
export async function startSession(opts: StartOptions): Promise<Session> {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const closeAll = async () => {
    await browser?.close().catch(() => undefined);
    browser = undefined;
    await server?.stop().catch(() => undefined);
  };
  try {
    server = await startCodeServer(opts);
    browser = await launchBrowser();
    const workbench = await openWorkbench(browser, server);
    const s = server;
    const b = browser;
    return { server: s, browser: b, workbench, page: workbench.page, close: closeAll };
  } catch (e) {
    await closeAll();
    throw e;
  }
}

/** Makes a temp folder that is removed by the returned cleanup function. */
export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
