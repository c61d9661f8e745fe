/** Options and results of drafting next year's disclosure from last year's. */
import type { CatalogIndex } from '../catalog/catalogIndex';

export interface DraftOptions {
  /** Written as the new draft's `上年文档` (the path of last year's file relative to the new draft). */
  lastYearPath?: string;
  /** The catalog whose next edition is compared with last year's (default: the shipped one). */
  catalog?: CatalogIndex;
  /** What replaces a prose figure of last year (default `〔待填〕`). */
  placeholder?: string;
  /** Keep each rewritten paragraph's original wording above it as a comment (default true). */
  keepLastYearProse?: boolean;
}

/** Something the drafter must look at: a renamed or retired classification code, … */
export interface DraftNotice {
  /** 0-based line in the new draft. */
  line: number;
  message: string;
}

export interface DraftResult {
  text: string;
  notices: DraftNotice[];
  /** The new draft's year. */
  year: number;
}

export const DEFAULT_PLACEHOLDER = '〔待填〕';
