/**
 * How many times a year a meeting frequency means, read from a suggestion
 * ("monthly") or from the pair's own words ("every six weeks", "twice a
 * month", "once a quarter"), so that a contract can be compared with the
 * program's minimum. Words it cannot read give no rate: only a frequency that
 * is plainly less often than the minimum gets a warning.
 */
import type { SuggestedFrequency } from './frequency.ts';

const PER_YEAR: Readonly<Record<SuggestedFrequency, number>> = { weekly: 52, biweekly: 26, monthly: 12, bimonthly: 6, quarterly: 4 };

const UNIT_PER_YEAR: Readonly<Record<string, number>> = {
  day: 365,
  week: 52,
  fortnight: 26,
  month: 12,
  quarter: 4,
  term: 3,
  semester: 2,
  year: 1,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  once: 1,
  two: 2,
  twice: 2,
  other: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const ADVERBS: Readonly<Record<string, number>> = {
  daily: 365,
  weekly: 52,
  fortnightly: 26,
  biweekly: 26,
  monthly: 12,
  bimonthly: 6,
  quarterly: 4,
  'semi-annually': 2,
  semiannually: 2,
  'bi-annually': 2,
  biannually: 2,
  yearly: 1,
  annually: 1,
};

const count = (word: string): number | undefined => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word]);
const unitRate = (word: string): number | undefined => UNIT_PER_YEAR[word.replace(/s$/, '')];

/** Meetings a year for a frequency, or undefined when the words say no plain rate. */
export function meetingsPerYear(frequency: string): number | undefined {
  const text = frequency.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text in PER_YEAR) return PER_YEAR[text as SuggestedFrequency];
  if (text.replace(/[.!]$/, '') in ADVERBS) return ADVERBS[text.replace(/[.!]$/, '')];
  // "every 6 weeks", "every two months", "every other month", "every month"
  let match = /^(?:about |roughly |at least )?(?:once )?every (?:(\w+) )?(\w+?)s?\b/.exec(text);
  if (match) {
    const n = match[1] === undefined ? 1 : count(match[1]);
    const unit = unitRate(match[2]!);
    if (n !== undefined && unit !== undefined && n > 0) return unit / n;
  }
  // "twice a month", "3 times per year", "once a quarter", "one meeting a month"
  match = /^(?:about |roughly |at least )?(\w+)(?: times?| meetings?)? (?:a|an|per|each|every) (\w+)\b/.exec(text);
  if (match) {
    const n = count(match[1]!);
    const unit = unitRate(match[2]!);
    if (n !== undefined && unit !== undefined) return n * unit;
  }
  return undefined;
}

/** Whether a frequency plainly means fewer meetings than a minimum (both read as meetings a year). */
export function plainlyLessOften(frequency: string, minimum: SuggestedFrequency): boolean {
  const rate = meetingsPerYear(frequency);
  return rate !== undefined && rate < PER_YEAR[minimum];
}
