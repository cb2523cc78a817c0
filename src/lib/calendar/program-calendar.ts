/**
 * A program's public calendar: its yearly dates (term start and end,
 * orientation month, coordinator check-ins in the term, evaluation deadlines)
 * as yearly recurring all-day events from `fromYear`. Built from program.yaml
 * alone: it holds no pairing, contract or participant.
 */
import { addDaysIso, addMonthsIso, nextMonthDay, onMonthDay, type IsoDate } from '../dates.ts';
import { checkInDates } from '../lifecycle/relationship.ts';
import type { Program } from '../types.generated.ts';
import type { AllDayEvent, CalendarSpec } from './calendar-events.ts';
import { YEARLY_RULE } from './recurrence.ts';

export function programCalendar(program: Program, fromYear: number, stamp: IsoDate): CalendarSpec {
  const uid = (part: string): string => `${program.id}-${part}`;
  const yearly = (part: string, start: IsoDate, summary: string, description?: string, endExclusive?: IsoDate): AllDayEvent => ({
    uid: uid(part), start, summary, rrule: YEARLY_RULE,
    ...(description ? { description } : {}),
    ...(endExclusive ? { endExclusive } : {}),
  });
  const events: AllDayEvent[] = [];
  let termEnd: IsoDate | undefined;
  if (program.term) {
    const termStart = onMonthDay(fromYear, program.term.start);
    termEnd = nextMonthDay(termStart, program.term.end);
    events.push(yearly('term-start', termStart, `${program.name}: term starts`, 'Formal mentoring begins.'));
    events.push(yearly('term-end', termEnd, `${program.name}: term ends`, 'Formal mentoring ends.'));
    const checkIns = program.checkIns;
    if (checkIns) {
      checkInDates(termStart, termEnd, checkIns.everyMonths).forEach((date, index) => {
        events.push(yearly(`check-in-${index + 1}`, date, `${program.name}: coordinator check-ins`, `The coordinator checks in with every pair (${checkIns.method}).`));
      });
    }
  }
  // A cohort's own dates (a year whose term or orientation differs, or one of several intakes) are one-off events.
  for (const cohort of program.cohorts ?? []) {
    if (Number(cohort.id.slice(0, 4)) < fromYear) continue;
    const name = cohort.title ?? `cohort ${cohort.id}`;
    if (cohort.term) {
      events.push({ uid: uid(`cohort-${cohort.id}-term-start`), start: cohort.term.start, summary: `${program.name}: term starts (${name})`, description: `Formal mentoring begins for ${name}.` });
      events.push({ uid: uid(`cohort-${cohort.id}-term-end`), start: cohort.term.end, summary: `${program.name}: term ends (${name})`, description: `Formal mentoring ends for ${name}.` });
    }
    if (cohort.orientation) {
      events.push({ uid: uid(`cohort-${cohort.id}-orientation`), start: cohort.orientation.start, endExclusive: addDaysIso(cohort.orientation.end, 1), summary: `${program.name}: orientation (${name})` });
    }
  }
  if (program.orientation) {
    const month = String(program.orientation.month).padStart(2, '0');
    const start = `${fromYear}-${month}-01`;
    events.push(yearly('orientation', start, `${program.name}: orientation`, program.orientation.description, addMonthsIso(start, 1)));
  }
  (program.evaluations ?? []).forEach((evaluation, index) => {
    // Without a term, "due at the end" depends on each pair's contract: not a program-wide date; nor is a mid-way
    // assessment (each pair's own midpoint) or an evaluation whose documents give no date.
    if (evaluation.due === undefined || evaluation.due === 'midway') return;
    const date = evaluation.due === 'end' ? termEnd : onMonthDay(fromYear, evaluation.due);
    if (date) events.push(yearly(`evaluation-${index + 1}`, date, `${program.name}: ${evaluation.title} due`));
  });
  return {
    name: `${program.shortName ?? program.name} mentoring dates`,
    description: `The yearly dates of the ${program.name}.`,
    stamp,
    events,
  };
}
