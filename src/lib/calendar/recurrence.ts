/**
 * RRULE text for a contract's meeting frequency. Written by hand rather than
 * through ical-generator's options because its UNTIL is a UTC date-time,
 * which RFC 5545 forbids beside an all-day (DATE) start: strict calendar
 * applications reject or shift such a series.
 */
import type { Contract } from '../types.generated.ts';
import type { IsoDate } from '../lifecycle/dates.ts';

type Frequency = Contract['meetings']['frequency'];

const rules: Readonly<{ [frequency in Frequency]: { freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY'; interval: number } }> = {
  weekly: { freq: 'WEEKLY', interval: 1 },
  biweekly: { freq: 'WEEKLY', interval: 2 },
  monthly: { freq: 'MONTHLY', interval: 1 },
  bimonthly: { freq: 'MONTHLY', interval: 2 },
  quarterly: { freq: 'MONTHLY', interval: 3 },
};

const icalDate = (date: IsoDate): string => date.replaceAll('-', '');

/** The recurrence of a meeting series, last meeting on or before `until`. */
export function meetingRule(frequency: Frequency, until: IsoDate): string {
  const { freq, interval } = rules[frequency];
  return `FREQ=${freq}${interval > 1 ? `;INTERVAL=${interval}` : ''};UNTIL=${icalDate(until)}`;
}

export const YEARLY_RULE = 'FREQ=YEARLY';
