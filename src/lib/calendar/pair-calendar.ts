/**
 * One pair's calendar: the meeting series from the contract's start to the
 * relationship's end, that end, the coordinator's check-ins and the program's
 * evaluations the pair takes part in. Events name the program and the pairing
 * id, never the participants.
 */
import { nextMonthDay, type IsoDate } from '../dates.ts';
import { checkInDates, relationshipPeriod } from '../lifecycle/relationship.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import type { AllDayEvent, CalendarSpec } from './calendar-events.ts';
import { meetingRule } from './recurrence.ts';

export interface PairCalendarInput {
  program: Program;
  pairingId: string;
  pairing: Pairing;
  contract: Contract;
  stamp: IsoDate;
}

/**
 * The days a yearly MM-DD evaluation falls on during the relationship; when
 * none does (a relationship that ends before the due date), the first one after
 * its end, which the pair still answers.
 */
export function evaluationDates(monthDay: string, start: IsoDate, end: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = nextMonthDay(start, monthDay); date <= end; date = nextMonthDay(`${Number(date.slice(0, 4)) + 1}-01-01`, monthDay)) {
    dates.push(date);
  }
  return dates.length > 0 ? dates : [nextMonthDay(end, monthDay)];
}

const frequencyWords: Readonly<{ [f in Contract['meetings']['frequency']]: string }> = {
  weekly: 'weekly', biweekly: 'every two weeks', monthly: 'monthly', bimonthly: 'every two months', quarterly: 'quarterly',
};

export function pairCalendar({ program, pairingId, pairing, contract, stamp }: PairCalendarInput): CalendarSpec {
  const period = relationshipPeriod(program, pairing, contract);
  if (!period) throw new Error('A pair with a contract always has a period');
  const uid = (part: string): string => `${program.id}-${pairingId}-${part}`;
  const events: AllDayEvent[] = [
    {
      uid: uid('meetings'),
      start: contract.start,
      summary: `${program.name}: mentoring meeting`,
      description: `Meetings ${frequencyWords[contract.meetings.frequency]} (${contract.meetings.methods.join(', ')}), as agreed in the contract, until ${period.end}. Move each occurrence to the day and time that suits you both.`,
      rrule: meetingRule(contract.meetings.frequency, contract.start, period.end),
    },
    {
      uid: uid('end'),
      start: period.end,
      summary: `${program.name}: contract ends`,
      description: 'The relationship reaches the end agreed in the contract: hold a final meeting and tell the coordinator.',
    },
  ];
  if (program.checkIns) {
    for (const date of checkInDates(period.start, period.end, program.checkIns.everyMonths)) {
      events.push({ uid: uid(`check-in-${date}`), start: date, summary: `${program.name}: coordinator check-in`, description: `The coordinator checks in with the pair (${program.checkIns.method}).` });
    }
  }
  program.evaluations.forEach((evaluation, index) => {
    const dates = evaluation.due === 'end' ? [period.end] : evaluationDates(evaluation.due, period.start, period.end);
    for (const date of dates) {
      events.push({ uid: uid(`evaluation-${index + 1}-${date}`), start: date, summary: `${program.name}: ${evaluation.title} due` });
    }
  });
  return {
    name: `${program.shortName ?? program.name} mentoring: ${pairingId}`,
    description: `Meetings and deadlines of pairing ${pairingId} in the ${program.name}.`,
    stamp,
    events,
  };
}
