/**
 * RRULE text for a contract's meeting frequency. Written by hand rather than
 * through ical-generator's options because its UNTIL is a UTC date-time,
 * which RFC 5545 forbids beside an all-day (DATE) start: strict calendar
 * applications reject or shift such a series.
 *
 * A monthly series that starts on the 29th, 30th or 31st would, read as a
 * plain FREQ=MONTHLY, skip every month lacking that day (RFC 5545 3.3.10:
 * invalid dates are ignored). RFC 5545's own idiom moves those occurrences to
 * the month's last day instead: BYMONTHDAY=28,...,d;BYSETPOS=-1 picks the
 * latest of those days the month has. For the 31st that set is simply the
 * month's last day, written BYMONTHDAY=-1: the same series, and one that
 * ical.js 2.2 (Thunderbird) expands correctly, while it ignores BYSETPOS
 * beside BYMONTHDAY (kewisch/ical.js#960).
 */
import type { IsoDate } from '../dates.ts';
import { isSuggestedFrequency, type SuggestedFrequency } from '../program/frequency.ts';

const rules: Readonly<{ [frequency in SuggestedFrequency]: { freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY'; interval: number } }> = {
  weekly: { freq: 'WEEKLY', interval: 1 },
  biweekly: { freq: 'WEEKLY', interval: 2 },
  monthly: { freq: 'MONTHLY', interval: 1 },
  bimonthly: { freq: 'MONTHLY', interval: 2 },
  quarterly: { freq: 'MONTHLY', interval: 3 },
};

const icalDate = (date: IsoDate): string => date.replaceAll('-', '');

/** The last day of the month that every month has. */
const SHORTEST_MONTH = 28;
const LONGEST_MONTH = 31;

/** BYMONTHDAY (and BYSETPOS) parts that keep a late-month start day in every month, or '' when none are needed. */
function lateMonthDayParts(freq: string, start: IsoDate): string {
  const day = Number(start.slice(8, 10));
  if (freq !== 'MONTHLY' || day <= SHORTEST_MONTH) return '';
  if (day === LONGEST_MONTH) return ';BYMONTHDAY=-1';
  const days = Array.from({ length: day - SHORTEST_MONTH + 1 }, (_, index) => SHORTEST_MONTH + index);
  return `;BYMONTHDAY=${days.join(',')};BYSETPOS=-1`;
}

/**
 * The recurrence of a meeting series starting on `start`, last meeting on or
 * before `until`; undefined for a frequency in the pair's own words ("twice a
 * month"), whose rhythm only the pair knows: no recurrence is invented for it.
 */
export function meetingRule(frequency: string, start: IsoDate, until: IsoDate | undefined): string | undefined {
  if (!isSuggestedFrequency(frequency)) return undefined;
  const { freq, interval } = rules[frequency];
  // A relationship with no end in its documents (CALA) repeats until the pair stops it.
  return `FREQ=${freq}${interval > 1 ? `;INTERVAL=${interval}` : ''}${lateMonthDayParts(freq, start)}${until !== undefined ? `;UNTIL=${icalDate(until)}` : ''}`;
}

export const YEARLY_RULE = 'FREQ=YEARLY';
