/**
 * Finds last year's disclosure of a document: the file named by its `上年文档` key (relative to the
 * document's folder), and failing that a `.disclosure` of the same 单位, 年度 − 1 and kind (预算/决算) in the
 * document's folder tree or the workspace. File access is injected (`LastYearFiles`), so the resolver runs
 * in the language server, the CLI and the tests alike; headers read during a search are cached until
 * `invalidate()`.
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeNumberChars } from '../numeric/numberText';
import { factsOfMeta, headerFacts, type HeaderFacts } from './header';
import { LAST_YEAR_KEY } from './metadataKey';
import type { LastYearSource } from './types';

export interface LastYearFiles {
  /** The file's text (at most `maxBytes` bytes when given), or undefined when it cannot be read. */
  read(path: string, maxBytes?: number): string | undefined;
  /** A folder's entries, or undefined when it cannot be listed. */
  list(folder: string): Array<{ name: string; folder: boolean }> | undefined;
}

export interface ResolveRequest {
  /** The checked document's text. */
  text: string;
  /** Its absolute path; absent for unsaved documents and standard input. */
  documentPath?: string;
  /** Where a relative `上年文档` resolves when there is no documentPath (the CLI's working folder). */
  baseFolder?: string;
  /** Folders searched (recursively) after the document's own: the workspace folders (default: its parent folder). */
  searchRoots?: readonly string[];
}

const HEAD_BYTES = 4096;
const MAX_FILES_PER_ROOT = 400;
const MAX_FOLDERS_PER_ROOT = 300;
const MAX_DEPTH = 4;

export class LastYearResolver {
  /** The first HEAD_BYTES of each file read during a search (null: unreadable). */
  private readonly heads = new Map<string, string | null>();
  /** Header facts of the files whose head passed the year test. */
  private readonly headers = new Map<string, HeaderFacts | null>();
  /** Whether a file's head shows a year's digits, by `year\0path`. */
  private readonly yearShown = new Map<string, boolean>();
  private readonly listings = new Map<string, string[]>();
  /**
   * The files of a root (its listing at a depth) whose header is last year's of a given 单位 and kind, by
   * `depth\0root\0year\0unit\0family`: a batch of many documents of a folder asks the same question
   * for every document, and the answer depends only on those keys and the cached heads.
   */
  private readonly matchesByFacts = new Map<string, string[]>();

  constructor(private readonly files: LastYearFiles) {}

  /** Forget cached headers and folder listings (a file was created, changed or deleted). */
  invalidate(): void {
    this.heads.clear();
    this.headers.clear();
    this.yearShown.clear();
    this.listings.clear();
    this.matchesByFacts.clear();
  }

  resolve(request: ResolveRequest): LastYearSource | undefined {
    return this.resolveWithFacts(request, headerFacts(request.text));
  }

  /**
   * resolve() for a caller that has the document's header facts already (headerFactsOfDocument: its
   * model is parsed anyway), so the header is not parsed a second time; `request.text` is not read.
   */
  resolveWithFacts(request: Omit<ResolveRequest, 'text'>, facts: HeaderFacts | undefined): LastYearSource | undefined {
    if (!facts) return undefined;
    const folder = request.documentPath ? dirname(request.documentPath) : request.baseFolder;
    const declared = facts.meta.entries.find((entry) => entry.key === LAST_YEAR_KEY)?.value.trim();
    if (declared) {
      if (!folder && !isAbsolute(declared)) {
        return { status: 'unreadable', shownPath: declared, reason: '本文档尚未保存，无法按相对路径查找' };
      }
      const path = isAbsolute(declared) ? declared : resolve(folder!, declared);
      const text = this.files.read(path);
      if (text === undefined) return { status: 'unreadable', shownPath: declared, reason: '文件不存在或无法读取' };
      return { status: 'found', uri: pathToFileURL(path).href, text, via: 'metadata', shownPath: declared };
    }
    if (!request.documentPath || facts.unit === undefined || facts.year === undefined) return undefined;
    const found = this.search(request.documentPath, facts, request.searchRoots);
    if (!found) return undefined;
    const text = this.files.read(found);
    if (text === undefined) return undefined;
    const shown = relative(dirname(request.documentPath), found).split(sep).join('/');
    return { status: 'found', uri: pathToFileURL(found).href, text, via: 'search', shownPath: shown };
  }

  /**
   * The nearest matching file: the document's own folder first, then each root (by default the parent
   * folder and its subfolders, `2023/单位` → `2022/单位`; never a file-system root); a tie finds nothing.
   */
  private search(documentPath: string, facts: HeaderFacts, searchRoots: readonly string[] | undefined): string | undefined {
    const own = dirname(documentPath);
    const parent = dirname(own);
    const roots: Array<{ root: string; depth: number }> = [{ root: own, depth: 1 }];
    if (searchRoots) roots.push(...searchRoots.filter((r) => r !== own).map((root) => ({ root, depth: MAX_DEPTH })));
    else if (dirname(parent) !== parent) roots.push({ root: parent, depth: 2 });
    for (const { root, depth } of roots) {
      const matches = this.matchesUnder(root, depth, facts).filter((path) => path !== documentPath);
      if (matches.length === 0) continue;
      const distance = (path: string): number => relative(own, path).split(sep).length;
      matches.sort((a, b) => distance(a) - distance(b));
      if (matches.length > 1 && distance(matches[0]!) === distance(matches[1]!)) return undefined;
      return matches[0];
    }
    return undefined;
  }

  /** The files under `root` (at `depth`) that are last year's of `facts`' 单位 and kind, in listing order. */
  private matchesUnder(root: string, depth: number, facts: HeaderFacts): string[] {
    const key = `${depth}\u0000${root}\u0000${facts.year}\u0000${facts.unit}\u0000${facts.family ?? 'budget'}`;
    let found = this.matchesByFacts.get(key);
    if (!found) {
      found = this.filesUnder(root, depth).filter((path) => this.matches(path, facts));
      this.matchesByFacts.set(key, found);
    }
    return found;
  }

  private matches(path: string, facts: HeaderFacts): boolean {
    const year = facts.year! - 1;
    if (!this.showsYear(path, year)) return false;
    let other = this.headers.get(path);
    if (other === undefined) {
      const head = this.heads.get(path);
      other = head ? (headerFacts(head) ?? null) : null;
      this.headers.set(path, other);
    }
    return (
      other !== null &&
      other.unit === facts.unit &&
      other.year !== undefined &&
      other.year === year &&
      (other.family ?? 'budget') === (facts.family ?? 'budget')
    );
  }

  /**
   * A cheap test before a file's header is parsed: its year can only be `year` if its head shows those
   * digits once full-width digits are made ASCII — the header's 年度 and a heading's 20xx年 are read from
   * the text through normalizeNumberChars, which maps character by character (String(year) is a part of
   * any 4-digit spelling of it). Most files of a folder fail it, and parsing their headers was most of
   * the search's cost.
   */
  private showsYear(path: string, year: number): boolean {
    const key = `${year}\u0000${path}`;
    let shown = this.yearShown.get(key);
    if (shown === undefined) {
      let head = this.heads.get(path);
      if (head === undefined) {
        head = this.files.read(path, HEAD_BYTES) ?? null;
        this.heads.set(path, head);
      }
      const digits = String(year);
      // normalizeNumberChars leaves ASCII digits as they are: a head showing them needs no normalising.
      shown = head !== null && (head.includes(digits) || normalizeNumberChars(head).includes(digits));
      this.yearShown.set(key, shown);
    }
    return shown;
  }

  /** `.disclosure` files under a folder (bounded depth, folder and file count; hidden folders and node_modules skipped). */
  private filesUnder(root: string, depth: number): string[] {
    const key = `${depth}\u0000${root}`;
    const cached = this.listings.get(key);
    if (cached) return cached;
    const out: string[] = [];
    let folders = 0;
    const walk = (folder: string, level: number): void => {
      if (++folders > MAX_FOLDERS_PER_ROOT) return;
      const entries = this.files.list(folder);
      if (!entries) return;
      for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (out.length >= MAX_FILES_PER_ROOT) return;
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.folder) {
          if (level + 1 < depth) walk(path, level + 1);
        } else if (entry.name.endsWith('.disclosure')) out.push(path);
      }
    };
    walk(root, 0);
    this.listings.set(key, out);
    return out;
  }
}

export { factsOfMeta };
