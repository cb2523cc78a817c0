/**
 * One pair's calendar: the meeting series from the contract's start to the
 * relationship's end, that end, the coordinator's check-ins and the program's
 * evaluations the pair takes part in. Events name the program and the pairing
 * id, never the participants.
 */
import { addMonthsIso, type IsoDate } from '../dates.ts';
import { dateInWords } from '../text/date-words.ts';
import { evaluationDueDates, respondentsOf } from '../lifecycle/evaluation-dates.ts';
import { checkInDates, relationshipPeriod } from '../lifecycle/relationship.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import type { AllDayEvent, CalendarSpec } from './calendar-events.ts';
import { meetingRule } from './recurrence.ts';
import { isSuggestedFrequency, type SuggestedFrequency } from '../program/frequency.ts';

export interface PairCalendarInput {
  program: Program;
  pairingId: string;
  pairing: Pairing;
  contract: Contract;
  stamp: IsoDate;
}

const frequencyWords: Readonly<{ [f in SuggestedFrequency]: string }> = {
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
  bimonthly: 'every two months',
  quarterly: 'quarterly',
};

/** The meeting frequency in words: a suggestion's, or the pair's own, quoted. */
const inWords = (frequency: string): string => (isSuggestedFrequency(frequency) ? frequencyWords[frequency] : `"${frequency}"`);

export function pairCalendar({ program, pairingId, pairing, contract, stamp }: PairCalendarInput): CalendarSpec {
  const period = relationshipPeriod(program, pairing, contract);
  const uid = (part: string): string => `${program.id}-${pairingId}-${part}`;
  const rrule = meetingRule(contract.meetings.frequency, contract.start, period?.end);
  const atEnd = (program.steps ?? []).filter((step) => step.due?.after === 'end').map((step) => step.title);
  // Where the documents give the relationship no end (CALA), the calendar invents none.
  const until = period ? `, until ${dateInWords(period.end)}` : '';
  const events: AllDayEvent[] = [
    {
      uid: uid('meetings'),
      start: contract.start,
      summary: `${program.name}: mentoring meeting`,
      description: rrule
        ? `Meetings ${inWords(contract.meetings.frequency)} (${contract.meetings.methods.join(', ')}), as agreed in the contract${until}. Move each occurrence to the day and time that suits you both.`
        : `The first meeting. Meetings ${inWords(contract.meetings.frequency)} (${contract.meetings.methods.join(', ')}), as agreed in the contract${until}: add each one to your calendars as you set its date.`,
      ...(rrule !== undefined && { rrule }),
    },
  ];
  if (period) {
    events.push({
      uid: uid('end'),
      start: period.end,
      summary: `${program.name}: contract ends`,
      description: `The relationship reaches the end agreed in the contract.${atEnd.length > 0 ? ` Due now: ${atEnd.join('; ')}.` : ''}`,
    });
  }
  if (program.checkIns && period) {
    for (const date of checkInDates(period.start, period.end, program.checkIns.everyMonths)) {
      events.push({
        uid: uid(`check-in-${date}`),
        start: date,
        summary: `${program.name}: coordinator check-in`,
        description: `The coordinator checks in with the pair (${program.checkIns.method}).`,
      });
    }
  }
  // With no end, the first year of yearly evaluation days (CALA's May 1); none tied to an end there is not.
  const evaluationPeriod = period ?? { start: contract.start, end: addMonthsIso(contract.start, 12) };
  (program.evaluations ?? []).forEach((evaluation, index) => {
    const due = evaluation.due;
    if (!period && (due === 'end' || due === 'midway' || (typeof due === 'object' && due.after === 'end'))) return;
    // Only the evaluations someone of this pair answers (a mentor's report is not a peer pair's).
    const dates = respondentsOf(evaluation, pairing).length > 0 ? evaluationDueDates(evaluation, evaluationPeriod, pairing.notified) : [];
    for (const date of dates) {
      events.push({
        uid: uid(`evaluation-${index + 1}-${date}`),
        start: date,
        // A mid-way date is derived from the term, not given by the documents.
        summary:
          evaluation.due === 'midway'
            ? `${program.name}: ${evaluation.title} (mid-way, around this day)`
            : `${program.name}: ${evaluation.title} due`,
      });
    }
  });
  return {
    name: `${program.shortName ?? program.name} mentoring: ${pairingId}`,
    description: `Meetings and deadlines of pairing ${pairingId} in the ${program.name}.`,
    stamp,
    events,
  };
}
