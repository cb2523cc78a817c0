/**
 * A program's public calendar (/<program>/calendar.ics), built from
 * program.yaml alone. A program whose documents give no yearly date has no
 * calendar at all: an iCalendar file needs at least one event (RFC 5545), and
 * the overview offers the file only when it exists.
 */
import { programCalendar } from '../lib/calendar/program-calendar.ts';
import type { CalendarSpec } from '../lib/calendar/calendar-events.ts';
import { todayIso } from '../lib/dates.ts';
import type { Program } from '../lib/types.generated.ts';

/** The program's calendar from the build's year on (the UIDs do not change from year to year). */
export function publicCalendar(program: Program, today: string = todayIso()): CalendarSpec {
  return programCalendar(program, Number(today.slice(0, 4)), today);
}

export function hasPublicCalendar(program: Program, today?: string): boolean {
  return publicCalendar(program, today).events.length > 0;
}
