/**
 * The custom request `disclosure/draftFromLastYear`: last year's text → next year's draft (the editor's
 * “从上年文档新建”). The drafting runs in the server, so the extension stays small and starts fast.
 */
import { draftNextYear, DraftError } from '../drafting/createNextYearDraft';
import type { DraftNotice } from '../drafting/types';

export const DRAFT_REQUEST = 'disclosure/draftFromLastYear';

export interface DraftParams {
  /** Last year's document. */
  text: string;
  /** The new draft's `上年文档` value (last year's file relative to the new draft). */
  lastYearPath?: string;
}

export type DraftReply = { text: string; year: number; notices: DraftNotice[] } | { error: string };

export function draftReply(params: DraftParams): DraftReply {
  if (!params || typeof params.text !== 'string') return { error: '请求缺少上年文档的文本。' };
  try {
    const draft = draftNextYear(params.text, typeof params.lastYearPath === 'string' ? { lastYearPath: params.lastYearPath } : {});
    return { text: draft.text, year: draft.year, notices: draft.notices };
  } catch (error) {
    if (error instanceof DraftError) return { error: error.message };
    throw error;
  }
}
