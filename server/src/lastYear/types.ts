/**
 * A document's link to last year's disclosure (metadata key `上年文档`, or found beside it: same 单位,
 * 年度 − 1). The host (language server, CLI) finds and reads the file; the checker gets plain data:
 * `LastYearSource` travels to worker threads, `LastYearLink` (parsed) is what rules and hovers see.
 */
import type { DisclosureDocument } from '../model/types';

/** How the link was made: the `上年文档` key, or a search of the folder tree. */
export type LastYearVia = 'metadata' | 'search';

export type LastYearSource =
  | {
      status: 'found';
      /** `file:` URI of last year's document (for related locations and hover links). */
      uri: string;
      text: string;
      via: LastYearVia;
      /** The path as the user sees it (the key's value, or the path relative to this document). */
      shownPath: string;
    }
  | { status: 'unreadable'; shownPath: string; reason: string };

export type LastYearLink =
  | { status: 'found'; uri: string; document: DisclosureDocument; via: LastYearVia; shownPath: string }
  | { status: 'unreadable'; shownPath: string; reason: string };
