/**
 * Editor features that come from the domain modules (tables, prose, catalog, glossary) rather than from
 * the language server itself. Each module exports contributors; the server asks all of them and merges
 * the answers. Contributors are pure functions of the model (and, for hovers on findings, the latest
 * findings), so hover and completion never wait for validation.
 */
import type { CheckSettings } from '../config/settings';
import type { Finding } from '../diagnostics/finding';
import type { DisclosureDocument, Position, Range } from '../model/types';
import { proseDefinition, proseHover } from '../prose/features';
import { executionHover } from '../prose/executionHover';
import { codeHover } from '../catalog/codeHover';
import { codeCompletion } from '../catalog/codeCompletion';
import { tableCaptionHover } from '../analysis/explainTableHover';
import { totalCellHover } from '../analysis/explainCellHover';
import { lastYearHover } from '../lastYear/hover';
import type { LastYearLink } from '../lastYear/types';

export interface FeatureContext {
  settings: CheckSettings;
  /** Findings of the last finished validation of this document (possibly of an older version). */
  findings: readonly Finding[];
  /** Last year's disclosure linked to this document, when the host found one. */
  lastYear?: LastYearLink;
}

export interface HoverContent {
  /** Markdown (Chinese). */
  markdown: string;
  range: Range;
}

export type HoverContributor = (
  document: DisclosureDocument,
  position: Position,
  context: FeatureContext,
) => HoverContent | undefined;

export interface DefinitionTarget {
  /** The range in this document the definition was asked from. */
  originRange: Range;
  /** Where it is defined (same document). */
  targetRange: Range;
  /** The part of the target to select. */
  targetSelectionRange: Range;
}

export type DefinitionContributor = (document: DisclosureDocument, position: Position) => DefinitionTarget | undefined;

export interface CompletionProposal {
  label: string;
  /** Shown beside the label (e.g. the catalog path). */
  detail?: string;
  documentation?: string;
  /** Text inserted, replacing `range`. */
  insertText: string;
  range: Range;
  /** For filtering by pinyin initials or Chinese name. */
  filterText?: string;
  sortText?: string;
  kind: 'code' | 'term' | 'table' | 'snippet';
  /**
   * The proposals depend on more than the editor's own filtering can tell (pinyin, a cut-off list): the
   * editor should ask again as the user types.
   */
  incomplete?: boolean;
}

export type CompletionContributor = (document: DisclosureDocument, position: Position) => CompletionProposal[];

/** Every contributor, registered by the module that owns it (one line each). */
export const hoverContributors: HoverContributor[] = [codeHover, proseHover, executionHover, tableCaptionHover, totalCellHover, lastYearHover];
export const definitionContributors: DefinitionContributor[] = [proseDefinition];
export const completionContributors: CompletionContributor[] = [codeCompletion];
