/**
 * Turns Tandem's all-day events into an iCalendar file with ical-generator.
 * Every event is all-day (Tandem's dates have no time of day), carries a UID
 * that stays the same from one run to the next (so that re-importing updates
 * events instead of duplicating them) and a fixed DTSTAMP given by the caller.
 */
import ical from 'ical-generator';
import type { IsoDate } from '../dates.ts';

export interface AllDayEvent {
  /** Unique within the calendar and stable across runs; becomes `<uid>@tandem`. */
  uid: string;
  start: IsoDate;
  /** Exclusive end for events longer than a day (iCalendar's DTEND for dates). */
  endExclusive?: IsoDate;
  summary: string;
  description?: string;
  /** An RRULE value without the `RRULE:` prefix. */
  rrule?: string;
}

export interface CalendarSpec {
  name: string;
  description: string;
  /** When the file was made (DTSTAMP of every event). */
  stamp: IsoDate;
  events: AllDayEvent[];
}

export function renderCalendar(spec: CalendarSpec): string {
  const calendar = ical({
    name: spec.name,
    description: spec.description,
    prodId: { company: 'Tandem', product: 'Mentoring calendar', language: 'EN' },
  });
  const stamp = new Date(`${spec.stamp}T00:00:00Z`);
  for (const event of spec.events) {
    calendar.createEvent({
      id: `${event.uid}@tandem`,
      start: event.start,
      ...(event.endExclusive ? { end: event.endExclusive } : {}),
      allDay: true,
      stamp,
      summary: event.summary,
      ...(event.description ? { description: event.description } : {}),
      ...(event.rrule ? { repeating: event.rrule } : {}),
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included; ical-generator leaves the last one bare.
  return `${calendar.toString().replace(/(\r\n)?$/, '')}\r\n`;
}
