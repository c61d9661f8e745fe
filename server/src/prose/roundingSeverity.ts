/**
 * The severity of a difference within rounding: an information note (“可能为取整误差”) under the default
 * `interval` policy, the rule's own severity under `strict` (every displayed difference is an error).
 */
import type { CheckSettings } from '../config/settings';

export function roundingSeverity(settings: CheckSettings): { severity?: 'information' } {
  return settings.rounding === 'strict' ? {} : { severity: 'information' };
}
