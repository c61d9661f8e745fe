/**
 * What the words before a prose amount (its lead) say about it, apart from the document: a year it names, a
 * change verb (增加 / 减少 …, with its direction and any template residue), whether it speaks of last year, and
 * the target it names read as this year's figure and as last year's. The claim reader (claims.ts) combines this
 * with the document's year and the paragraph's text.
 *
 * Memoised by lead: a pure function of a short string, asked once per amount of every check, and leads repeat
 * (the same wording in several paragraphs, the same document checked again after an edit). The reading is
 * shared, so nothing may mutate it (nor the targets in it: targetOfLead shares those already).
 */
import { memoiseByString } from '../memoise';
import { CHANGE_VERB, PREVIOUS_WORDS, cleanLead, targetOfLead, type ClaimTarget } from './labels';

export interface LeadReading {
  /** A year named in the lead (2023 年预算安排) and its offset in the lead. */
  year?: number;
  yearIndex: number;
  /** A change verb ends the lead: the amount is a change of `target`. */
  change?: { direction: 1 | -1; residue?: string; target?: ClaimTarget };
  /** 上年 / 去年 / 以前年度 …: the amount is last year's. */
  previousWords: boolean;
  /** 预算安排 somewhere in the lead (a past year's 预算安排 is still this budget's wording). */
  budgetArrangement: boolean;
  /** The lead says no more than 预算安排 / 年初预算安排 / 预算: the figure is a quoted project's, if any. */
  bareBudget: boolean;
  /** The target the lead names, read as this year's figure and as last year's. */
  currentTarget?: ClaimTarget;
  previousTarget?: ClaimTarget;
}

const YEAR = /(\d{4})[ \t\u3000]*年/;

function read(lead: string): LeadReading {
  const yearMatch = YEAR.exec(lead);
  const year = yearMatch ? Number.parseInt(yearMatch[1]!, 10) : undefined;
  const reading: LeadReading = {
    ...(year !== undefined ? { year } : {}),
    yearIndex: yearMatch ? yearMatch.index : -1,
    previousWords: false,
    budgetArrangement: false,
    bareBudget: false,
  };
  const verb = CHANGE_VERB.exec(lead);
  if (verb) {
    const word = verb[0].trim();
    const subjectText = cleanLead(lead.replace(/(?:比|较|同比|与).*$/, '').replace(CHANGE_VERB, ''));
    const target = subjectText ? targetOfLead(subjectText) : undefined;
    reading.change = {
      direction: /^(?:减少|下降|减)/.test(word) ? -1 : 1,
      ...(/[（(]/.test(word) ? { residue: word } : {}),
      ...(target ? { target } : {}),
    };
    return reading;
  }
  reading.previousWords = PREVIOUS_WORDS.test(lead);
  reading.budgetArrangement = /预算安排/.test(lead);
  const cleaned = cleanLead(lead.replace(/比(?:上年|去年).*$|较(?:上年|去年).*$/, ''));
  reading.bareBudget = /^(?:预算安排|年初预算安排|预算)$/.test(cleaned.replace(/[ \t\u3000]/g, ''));
  const currentTarget = targetOfLead(cleaned);
  const previousTarget = targetOfLead(cleanLead(lead.replace(/^.*?(?:上年|去年|上一年)/, '')));
  if (currentTarget) reading.currentTarget = currentTarget;
  if (previousTarget) reading.previousTarget = previousTarget;
  return reading;
}

export const readLead: (lead: string) => LeadReading = memoiseByString(read);
