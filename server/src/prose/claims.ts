/**
 * Claims of a paragraph: each amount with what it claims to be (a table figure, last year's figure, a
 * change), year-on-year statements (本年 / 上年 / 增减额 / 增减率), and shares (占 Y%).
 */
import type { Paragraph, Range } from '../model/types';
import { paragraphRange } from '../model/paragraphs';
import { endsInColon } from './characterTests';
import { scanFigures, type TextAmount, type TextBinding, type TextPercent } from './figures';
import type { ClaimTarget } from './labels';
import { readLead } from './leadReading';

export type AmountRole = 'current' | 'previous' | 'change';

export interface AmountClaim {
  paragraph: Paragraph;
  figure: TextAmount;
  /** The words between the previous boundary and the figure, as written. */
  lead: string;
  role: AmountRole;
  target?: ClaimTarget;
  /** For a change: +1 增加, −1 减少. */
  direction?: 1 | -1;
  /** The change verb is template residue such as 增（减）. */
  residue?: string;
  /** A year named in the lead (2023 年预算安排). */
  year?: number;
  yearOffset?: number;
  range: Range;
  /** The range of the number alone (what a quick-fix replaces). */
  numberRange: Range;
  sentence: number;
}

export interface PercentClaim {
  paragraph: Paragraph;
  percent: TextPercent;
  lead: string;
  range: Range;
  sentence: number;
}

export interface ChangeClaim {
  paragraph: Paragraph;
  /** What changed; undefined when the subject could not be named. */
  subject?: ClaimTarget;
  current?: AmountClaim;
  base?: AmountClaim;
  change: AmountClaim;
  direction: 1 | -1;
  percent?: PercentClaim;
}

/**
 * A rate stated without its amount: “2022年…为11.67万元，2023年预算安排45.41万元，比2022年…增加314.82%”.
 * B = (本年 − 上年) ÷ 上年.
 */
export interface RateClaim {
  paragraph: Paragraph;
  subject?: ClaimTarget;
  current: AmountClaim;
  base: AmountClaim;
  percent: PercentClaim;
  direction: 1 | -1;
}

export interface ShareClaim {
  paragraph: Paragraph;
  part: AmountClaim;
  whole: AmountClaim;
  percent: PercentClaim;
}

export interface ParagraphClaims {
  paragraph: Paragraph;
  amounts: AmountClaim[];
  percents: PercentClaim[];
  changes: ChangeClaim[];
  rates: RateClaim[];
  shares: ShareClaim[];
  bindings: TextBinding[];
}

/** A character that ends a sentence: 。；;！？!? (compared by code: this runs over every character of the prose). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff1b || code === 0x3b || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f;
}

/** A character that ends a clause: a sentence end, or ，,：:. */
function isBoundary(code: number): boolean {
  return isSentenceEnd(code) || code === 0xff0c || code === 0x2c || code === 0xff1a || code === 0x3a;
}

function leadStart(text: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (isBoundary(text.charCodeAt(i))) return i + 1;
  return floor;
}

/** Offsets of the sentence-ending characters of a text, in order. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (isSentenceEnd(text.charCodeAt(i))) ends.push(i);
  return ends;
}

/** The number of offsets in the sorted list below `offset` (binary search): the index of the sentence holding it. */
function countBelow(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function quotedName(text: string, before: number): string | undefined {
  const head = text.slice(0, before);
  const match = /[“"]([^”"]{2,60})[”"][^“"]*$/.exec(head);
  return match ? match[1] : undefined;
}

/** `numberText` is the paragraph's paragraphNumberText. */
export function extractParagraphClaims(paragraph: Paragraph, documentYear: number | undefined, numberText: string): ParagraphClaims {
  const figures = scanFigures(paragraph.text, numberText);
  const normalized = figures.normalized;
  const found = figures.amounts;
  const stated = figures.percents;
  if (found.length === 0 && stated.length === 0) {
    return { paragraph, amounts: [], percents: [], changes: [], rates: [], shares: [], bindings: figures.bindings };
  }
  const ends = sentenceEnds(normalized);
  const events: ClaimEvent[] = [];
  const amounts: AmountClaim[] = [];
  const percents: PercentClaim[] = [];
  let previousEnd = paragraph.marker ? paragraph.marker.length : 0;
  // Amounts and percentages (each found in text order, never at the same offset) taken in text order.
  let a = 0;
  let p = 0;
  while (a < found.length || p < stated.length) {
    const figure = found[a];
    const percent = stated[p];
    const isAmount = figure !== undefined && (percent === undefined || figure.start <= percent.start);
    const start = isAmount ? figure.start : percent!.start;
    const end = isAmount ? figure.end : percent!.end;
    const from = leadStart(normalized, start, Math.min(previousEnd, start));
    const lead = normalized.slice(from, start);
    const sentence = countBelow(ends, start);
    if (!isAmount) {
      const claim: PercentClaim = { paragraph, percent: percent!, lead, range: paragraphRange(paragraph, start, end), sentence };
      percents.push(claim);
      events.push({ kind: 'percent', claim });
      p++;
    } else {
      const reading = readLead(lead);
      const year = reading.year;
      let role: AmountRole = 'current';
      let target: ClaimTarget | undefined;
      if (reading.change) {
        role = 'change';
        target = reading.change.target;
      } else {
        if (reading.previousWords || (year !== undefined && documentYear !== undefined && year < documentYear && !reading.budgetArrangement)) role = 'previous';
        if (reading.bareBudget && year !== undefined) {
          const name = quotedName(normalized, from);
          if (name) target = { kind: 'project', name };
        } else {
          target = role === 'previous' ? reading.previousTarget : reading.currentTarget;
        }
      }
      // Keys in the order the claim has always had them (optional ones only when set).
      const claim = { paragraph, figure, lead, role } as AmountClaim;
      if (target) claim.target = target;
      if (reading.change) {
        claim.direction = reading.change.direction;
        if (reading.change.residue) claim.residue = reading.change.residue;
      }
      if (year !== undefined) {
        claim.year = year;
        claim.yearOffset = from + reading.yearIndex;
      }
      claim.range = paragraphRange(paragraph, figure.start, figure.end);
      claim.numberRange = paragraphRange(paragraph, figure.start, figure.numberEnd);
      claim.sentence = sentence;
      amounts.push(claim);
      events.push({ kind: 'amount', claim });
      a++;
    }
    previousEnd = end;
  }
  const { changes, rates } = changesOf(events);
  return {
    paragraph,
    amounts,
    percents,
    changes,
    rates,
    shares: sharesOf(events, amounts, normalized),
    bindings: figures.bindings,
  };
}

type ClaimEvent = { kind: 'amount'; claim: AmountClaim } | { kind: 'percent'; claim: PercentClaim };

const CHANGE_PERCENT_LEAD = /(?:增长|增幅|增加|下降|降幅|减少|增长率|减少（增加）|增（减）)(?:比例|幅度)?[ \t\u3000]*$|^[ \t\u3000]*[（(][ \t\u3000]*$/;

/** A sentence that only goes on about the one before: “…60.13万元。与上年相比增加 309.03 万元，增长2.31%”. */
const CONTINUES_PREVIOUS = /^[ \t\u3000]*(?:与(?:上年|去年|上一年|\d{4}年)[^，。；]*?相比|比(?:上年|去年|上一年|\d{4}年)|较(?:上年|去年|上一年|\d{4}年)|同比)/;
/** A percentage stated as a change by itself: 比2022年预算执行数增加314.82%. */
const RATE_LEAD = /(?:比|较|同比)[^，。；]*?(增加|增长|减少|下降)了?[ \t\u3000]*$/;

function changesOf(events: ClaimEvent[]): { changes: ChangeClaim[]; rates: RateClaim[] } {
  const changes: ChangeClaim[] = [];
  const rates: RateClaim[] = [];
  let sentence = -1;
  let head: AmountClaim | undefined;
  let latest: AmountClaim | undefined;
  let sinceBreak = 0;
  let base: AmountClaim | undefined;
  /** The last 上年 figure of the sentence, kept when a 本年 figure follows it (rates compare the two). */
  let sentenceBase: AmountClaim | undefined;
  /** The amount event right before the current one, when it is a current figure without a named target. */
  let previousEvent: ClaimEvent | undefined;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.claim.sentence !== sentence) {
      sentence = event.claim.sentence;
      if (!CONTINUES_PREVIOUS.test(event.claim.lead)) {
        head = undefined;
        latest = undefined;
        base = undefined;
        sinceBreak = 0;
        previousEvent = undefined;
        sentenceBase = undefined;
      }
    }
    if (event.kind === 'percent') {
      const verb = RATE_LEAD.exec(event.claim.lead);
      const before = previousEvent;
      const rateBase = base ?? sentenceBase;
      if (verb && before?.kind === 'amount' && before.claim.role === 'current' && rateBase) {
        rates.push({
          paragraph: event.claim.paragraph,
          ...(before.claim.target ? { subject: before.claim.target } : {}),
          current: before.claim,
          base: rateBase,
          percent: event.claim,
          direction: /减少|下降/.test(verb[1]!) ? -1 : 1,
        });
      }
      previousEvent = event;
      continue;
    }
    const claim = event.claim;
    const adjacent = previousEvent?.kind === 'amount' && previousEvent.claim.role === 'current' ? previousEvent.claim : undefined;
    previousEvent = event;
    if (claim.role === 'current') {
      if (claim.target) {
        if (!head) head = claim;
        latest = claim;
        sinceBreak++;
        base = undefined;
      }
      continue;
    }
    if (claim.role === 'previous') {
      base = claim;
      sentenceBase = claim;
      continue;
    }
    // A change.
    let subject = claim.target;
    let current: AmountClaim | undefined;
    if (!subject) {
      current = sinceBreak > 1 ? head : latest;
      // “…支出 1326.81 万元，与上年相比增加 1326.81 万元”: the figure right before, even when its wording names
      // no table line, is what changed.
      if (!current && adjacent) current = adjacent;
      subject = current?.target;
      if (current && base && base.target && !sameTarget(base.target, current.target)) base = undefined;
    }
    let percent: PercentClaim | undefined;
    const next = events[i + 1];
    if (next && next.kind === 'percent' && next.claim.sentence === sentence && CHANGE_PERCENT_LEAD.test(next.claim.lead)) percent = next.claim;
    changes.push({
      paragraph: claim.paragraph,
      ...(subject ? { subject } : {}),
      ...(current ? { current } : {}),
      ...(current && base ? { base } : {}),
      change: claim,
      direction: claim.direction ?? 1,
      ...(percent ? { percent } : {}),
    });
    if (percent) {
      previousEvent = events[i + 1];
      i++;
    }
    sinceBreak = 0;
    base = undefined;
  }
  return { changes, rates };
}

export function sameTarget(a: ClaimTarget | undefined, b: ClaimTarget | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  // One object per wording (targetOfLead is memoised): the same object needs no comparison of its text.
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** 占 Y%: the part is the amount right before, the whole the first amount of the paragraph before 其中/包括. */
function sharesOf(events: ClaimEvent[], amounts: readonly AmountClaim[], text: string): ShareClaim[] {
  const shares: ShareClaim[] = [];
  const whole = amounts.find((a) => a.role === 'current');
  if (!whole) return shares;
  const afterWhole = text.slice(whole.figure.end);
  if (!/^[^。]*?(?:其中|主要包括|包括|主要用于)/.test(afterWhole)) return shares;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind !== 'percent' || !/占[ \t\u3000]*(?:比)?[ \t\u3000]*$/.test(event.claim.lead)) continue;
    const previous = events[i - 1];
    if (!previous || previous.kind !== 'amount' || previous.claim === whole || previous.claim.role !== 'current') continue;
    shares.push({ paragraph: event.claim.paragraph, part: previous.claim, whole, percent: event.claim });
  }
  return shares;
}

const SHARE_LEAD = /占[ \t\u3000]*(?:比)?[ \t\u3000]*$/;

/**
 * The shares of a paragraph that continues a list opened by an earlier one (“本年支出预算合计 28849.38 万元，
 * 其中：” then “基本支出 17123.19 万元，占 59.35%；” as paragraphs of their own): each 占 Y% after a 本年 figure.
 */
export function continuedShares(claims: ParagraphClaims, whole: AmountClaim): ShareClaim[] {
  const shares: ShareClaim[] = [];
  for (const percent of claims.percents) {
    if (!SHARE_LEAD.test(percent.lead)) continue;
    const start = percent.range.start;
    const before = claims.amounts.filter((a) => a.sentence === percent.sentence && (a.range.end.line < start.line || (a.range.end.line === start.line && a.range.end.character <= start.character)));
    const part = before[before.length - 1];
    if (!part || part.role !== 'current') continue;
    shares.push({ paragraph: claims.paragraph, part, whole, percent });
  }
  return shares;
}

const LIST_OPENING = /(?:其中|包括|具体如下|分别为|如下)[：:][ \t\u3000]*$/;

/** A paragraph that opens a list of parts of its last 本年 figure: “…合计 28849.38 万元，其中：”. */
export function listWhole(claims: ParagraphClaims): AmountClaim | undefined {
  const text = claims.paragraph.text;
  if (!endsInColon(text) || !LIST_OPENING.test(text)) return undefined; // (the colon read first: most paragraphs end otherwise)
  const current = claims.amounts.filter((a) => a.role === 'current');
  return current[current.length - 1];
}
