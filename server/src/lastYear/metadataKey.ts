/** The metadata key that names last year's disclosure: `上年文档: ../2022/单位.disclosure`. */
import type { DocumentMeta, KeyValue } from '../model/types';

export const LAST_YEAR_KEY = '上年文档';

/** The `上年文档` entry of the header, if written (with a non-empty value). */
export function lastYearEntry(meta: DocumentMeta): KeyValue | undefined {
  return meta.entries.find((entry) => entry.key === LAST_YEAR_KEY && entry.value.trim().length > 0);
}
