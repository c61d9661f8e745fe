/**
 * The language server's links to last year's disclosures: resolved on every validation (through the
 * `上年文档` key, or by searching the workspace for the same 单位's file of the year before), reading an
 * open document's current text rather than the file on disk. Remembers each document's link, so that a
 * change to last year's document re-checks the documents that link to it, and hovers find it.
 */
import { fileURLToPath } from 'node:url';
import { linkFromSource } from '../lastYear/parseLink';
import { LastYearResolver, type LastYearFiles } from '../lastYear/resolveLastYear';
import type { LastYearLink, LastYearSource } from '../lastYear/types';

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The same file, whatever percent-encoding the client used. */
function sameFile(a: string, b: string): boolean {
  const pa = filePath(a);
  return pa !== undefined && pa === filePath(b);
}

export class LastYearLinks {
  private readonly resolver: LastYearResolver;
  private readonly sources = new Map<string, LastYearSource | undefined>();

  /**
   * `openDocuments` lists the open documents (uri and current text): an open last year's document is read
   * from the editor, unsaved changes included.
   */
  constructor(disk: LastYearFiles, private readonly openDocuments: () => Array<{ uri: string; text: string }>) {
    this.resolver = new LastYearResolver({
      read: (path, maxBytes) => {
        const open = this.openDocuments().find((d) => filePath(d.uri) === path);
        if (open) return maxBytes === undefined ? open.text : open.text.slice(0, maxBytes);
        return disk.read(path, maxBytes);
      },
      list: (folder) => disk.list(folder),
    });
  }

  /** Resolves (and remembers) the link of a document; `folders` are the workspace folder URIs. */
  sourceFor(uri: string, text: string, folders: readonly string[]): LastYearSource | undefined {
    const documentPath = filePath(uri);
    const roots = folders.map(filePath).filter((f): f is string => f !== undefined);
    const searchRoots = documentPath ? roots.filter((root) => documentPath.startsWith(root)) : [];
    const source = this.resolver.resolve({
      text,
      ...(documentPath ? { documentPath } : {}),
      ...(!documentPath && roots[0] ? { baseFolder: roots[0] } : {}),
      ...(searchRoots.length > 0 ? { searchRoots } : {}),
    });
    this.sources.set(uri, source);
    return source;
  }

  /** The parsed link found by the document's last validation (for hovers). */
  link(uri: string): LastYearLink | undefined {
    return linkFromSource(this.sources.get(uri));
  }

  /** Documents whose last year's document is `uri`. */
  dependents(uri: string): string[] {
    const out: string[] = [];
    for (const [dependent, source] of this.sources) {
      if (dependent !== uri && source?.status === 'found' && sameFile(source.uri, uri)) out.push(dependent);
    }
    return out;
  }

  /** Files were created, changed or deleted on disk: search and read again. */
  filesChanged(): void {
    this.resolver.invalidate();
  }

  forget(uri: string): void {
    this.sources.delete(uri);
  }
}
