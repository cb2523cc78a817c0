/**
 * A program's public calendar: its yearly dates (term start and end,
 * orientation month, coordinator check-ins in the term, evaluation deadlines)
 * as yearly recurring all-day events from `fromYear`. Built from program.yaml
 * alone: it holds no pairing, contract or participant.
 */
import { addDaysIso, addMonthsIso, nextMonthDay, onMonthDay, type IsoDate } from '../dates.ts';
import { windowOfCycle, yearlyWindow, type CycleWindow } from '../applications/window.ts';
import { checkInDates } from '../lifecycle/relationship.ts';
import type { Program } from '../types.generated.ts';
import type { AllDayEvent, CalendarSpec } from './calendar-events.ts';
import { YEARLY_RULE } from './recurrence.ts';

/**
 * The application window and the matched-by day: yearly events for a yearly
 * window (`applications.window`), one-off events for each listed cycle from
 * `fromYear` on.
 */
function applicationEvents(program: Program, fromYear: number): AllDayEvent[] {
  const events: AllDayEvent[] = [];
  const add = (part: string, window: CycleWindow, rrule: boolean, label: string): void => {
    const dated = (key: string, start: IsoDate, summary: string, endExclusive?: IsoDate): AllDayEvent => ({
      uid: `${program.id}-${part}-${key}`,
      start,
      summary: `${program.name}: ${summary}${label}`,
      ...(rrule ? { rrule: YEARLY_RULE } : {}),
      ...(endExclusive ? { endExclusive } : {}),
    });
    events.push(dated('applications', window.opens, 'applications open', addDaysIso(window.closes, 1)));
    events.push(dated('applications-close', window.closes, 'applications close'));
    if (window.matchedBy) events.push(dated('matched-by', window.matchedBy, 'applicants told of their match by'));
  };
  const yearlyWindowDates = yearlyWindow(program, fromYear);
  if (yearlyWindowDates) add('yearly', yearlyWindowDates, true, '');
  for (const listed of program.applications?.cycles ?? []) {
    const window = listed.cycle >= fromYear ? windowOfCycle(program, listed.cycle) : undefined;
    if (window) add(`cycle-${listed.cycle}`, window, false, ` (${listed.cycle})`);
  }
  return events;
}

export function programCalendar(program: Program, fromYear: number, stamp: IsoDate): CalendarSpec {
  const uid = (part: string): string => `${program.id}-${part}`;
  const yearly = (part: string, start: IsoDate, summary: string, description?: string, endExclusive?: IsoDate): AllDayEvent => ({
    uid: uid(part),
    start,
    summary,
    rrule: YEARLY_RULE,
    ...(description ? { description } : {}),
    ...(endExclusive ? { endExclusive } : {}),
  });
  const events: AllDayEvent[] = [];
  let termStart: IsoDate | undefined;
  let termEnd: IsoDate | undefined;
  if (program.term) {
    termStart = onMonthDay(fromYear, program.term.start);
    termEnd = nextMonthDay(termStart, program.term.end);
    events.push(yearly('term-start', termStart, `${program.name}: term starts`, 'Formal mentoring begins.'));
    events.push(yearly('term-end', termEnd, `${program.name}: term ends`, 'Formal mentoring ends.'));
    const checkIns = program.checkIns;
    if (checkIns) {
      checkInDates(termStart, termEnd, checkIns.everyMonths).forEach((date, index) => {
        events.push(
          yearly(
            `check-in-${index + 1}`,
            date,
            `${program.name}: coordinator check-ins`,
            `The coordinator checks in with every pair (${checkIns.method}).`,
          ),
        );
      });
    }
  }
  // A cohort's own dates (a year whose term or orientation differs, or one of several intakes) are one-off events.
  for (const cohort of program.cohorts ?? []) {
    if (Number(cohort.id.slice(0, 4)) < fromYear) continue;
    const name = cohort.title ?? `cohort ${cohort.id}`;
    if (cohort.term) {
      events.push({
        uid: uid(`cohort-${cohort.id}-term-start`),
        start: cohort.term.start,
        summary: `${program.name}: term starts (${name})`,
        description: `Formal mentoring begins for ${name}.`,
      });
      events.push({
        uid: uid(`cohort-${cohort.id}-term-end`),
        start: cohort.term.end,
        summary: `${program.name}: term ends (${name})`,
        description: `Formal mentoring ends for ${name}.`,
      });
    }
    if (cohort.orientation) {
      events.push({
        uid: uid(`cohort-${cohort.id}-orientation`),
        start: cohort.orientation.start,
        endExclusive: addDaysIso(cohort.orientation.end, 1),
        summary: `${program.name}: orientation (${name})`,
      });
    }
  }
  if (program.orientation) {
    const month = String(program.orientation.month).padStart(2, '0');
    const start = `${fromYear}-${month}-01`;
    events.push(yearly('orientation', start, `${program.name}: orientation`, program.orientation.description, addMonthsIso(start, 1)));
  }
  (program.evaluations ?? []).forEach((evaluation, index) => {
    // Without a term, "due at the end" depends on each pair's contract: not a program-wide date; nor is a mid-way
    // assessment (each pair's own midpoint), one counted from the notice, or an evaluation whose documents give no date.
    const { due } = evaluation;
    if (due === undefined || due === 'midway') return;
    const date =
      typeof due === 'object'
        ? termStart && termEnd && due.after !== 'notified'
          ? addDaysIso(due.after === 'start' ? termStart : termEnd, due.days)
          : undefined
        : due === 'end'
          ? termEnd
          : onMonthDay(fromYear, due);
    if (date) events.push(yearly(`evaluation-${index + 1}`, date, `${program.name}: ${evaluation.title} due`));
  });
  events.push(...applicationEvents(program, fromYear));
  return {
    name: `${program.shortName ?? program.name} mentoring dates`,
    description: `The yearly dates of the ${program.name}.`,
    stamp,
    events,
  };
}
