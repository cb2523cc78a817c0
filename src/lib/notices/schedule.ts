/**
 * Which notices are due today, per pairing: each kind's dates come from the
 * program's rules and the pairing's own dates, and a notice is due while
 * today is inside its relevance window (kinds.ts).
 */
import { addDaysIso, nextMonthDay, previousMonthDay, type IsoDate } from '../dates.ts';
import { pairingIdOf, type RecordSet } from '../lifecycle/records.ts';
import { evaluationDueDates, respondentsOf } from '../lifecycle/evaluation-dates.ts';
import { checkInDates, endedOn, relationshipPeriod } from '../lifecycle/relationship.ts';
import { contractDeadline } from '../program/contract-due.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { isRelevant, type NoticeKind } from './kinds.ts';
import { evaluationId, evaluationsOf, receivedEvaluations, recordedSteps, stepsOf } from './program-model.ts';

export interface DueNotice {
  program: string;
  /** The pairing's id (its file name). */
  pairing: string;
  notice: NoticeKind;
  /** The step or evaluation id, for notices about one of several. */
  item?: string;
  /** The step's or evaluation's title. */
  itemTitle?: string;
  /** The day the notice is about. */
  due: IsoDate;
  /** Why it goes out now, in plain words and without personal data. */
  why: string;
}

interface Context {
  today: IsoDate;
  programId: string;
  program: Program;
  pairingId: string;
  pairing: Pairing;
  contract?: Contract;
}

type Candidate = Omit<DueNotice, 'program' | 'pairing' | 'notice'>;

const isOpen = (pairing: Pairing): boolean => pairing.status === 'proposed' || pairing.status === 'active';

function pairingNotice({ pairing }: Context): Candidate[] {
  // A proposed pairing is not told of its match until a coordinator records the notice date.
  if (pairing.notified === undefined) return [];
  return isOpen(pairing) ? [{ due: pairing.notified, why: `the pair was notified of its match on ${pairing.notified}` }] : [];
}

function contractDue({ program, pairing, contract }: Context): Candidate[] {
  // Programs without a contract, or without a deadline for it, send no reminder.
  if (contract || !isOpen(pairing) || pairing.notified === undefined) return [];
  const deadline = contractDeadline(program, pairing.notified);
  if (deadline === undefined) return [];
  return [{ due: deadline.due, why: `no contract on file; it is due ${deadline.due}, within ${deadline.words} of the pairing notice` }];
}

function checkIn({ today, program, pairing, contract }: Context): Candidate[] {
  const period = program.checkIns && pairing.status === 'active' ? relationshipPeriod(program, pairing, contract) : undefined;
  if (!program.checkIns || !period) return [];
  const recorded = pairing.checkIns ?? [];
  const candidates: Candidate[] = [];
  let previous = period.start;
  for (const due of checkInDates(period.start, period.end, program.checkIns.everyMonths)) {
    if (due > today) break;
    // A check-in the coordinator already recorded since the previous date makes this one unnecessary.
    const since = previous;
    if (!recorded.some((date) => date > since && date <= today)) {
      candidates.push({ due, why: `check-in due ${due} (every ${program.checkIns.everyMonths} months from the start, ${period.start})` });
    }
    previous = due;
  }
  return candidates;
}

function evaluationDue({ today, program, pairing, contract }: Context): Candidate[] {
  if (pairing.status === 'proposed' || pairing.status === 'reassigned') return [];
  const planned = relationshipPeriod(program, pairing, contract);
  // A pair that has ended still answers what falls due at or after its end (an evaluation two weeks after it).
  const ended = endedOn(program, pairing, contract);
  const period = planned && { start: planned.start, end: ended && ended < planned.end ? ended : planned.end };
  const candidates: Candidate[] = [];
  for (const evaluation of evaluationsOf(program)) {
    const answering = respondentsOf(evaluation, pairing);
    if (evaluation.due === undefined || answering.length === 0) continue;
    const id = evaluationId(evaluation);
    // Once everyone who answers has, nobody needs reminding.
    if (receivedEvaluations(pairing).filter((received) => received.evaluation === id).length >= answering.length) continue;
    const { due } = evaluation;
    const dates =
      typeof due === 'string' && /^\d\d-\d\d$/.test(due)
        ? pairing.status === 'active'
          ? yearlyDatesAround(due, today, period?.start ?? pairing.notified)
          : []
        : period
          ? evaluationDueDates(evaluation, period, pairing.notified)
          : [];
    for (const date of dates) candidates.push({ item: id, itemTitle: evaluation.title, due: date, why: `${evaluation.title} due ${date}` });
  }
  return candidates;
}

/** A yearly evaluation's occurrences either side of today, from the relationship's start on. */
function yearlyDatesAround(monthDay: string, today: IsoDate, started: IsoDate | undefined): IsoDate[] {
  if (started === undefined) return [];
  return [...new Set([previousMonthDay(today, monthDay), nextMonthDay(today, monthDay)])].filter((due) => started <= due);
}

function stepOverdue({ program, pairing, contract }: Context): Candidate[] {
  if (!isOpen(pairing)) return [];
  const period = relationshipPeriod(program, pairing, contract);
  const recorded = recordedSteps(pairing);
  const candidates: Candidate[] = [];
  for (const step of stepsOf(program)) {
    if (!step.due || step.by === 'coordinator' || recorded[step.id]) continue;
    const from = step.due.after === 'notified' ? pairing.notified : step.due.after === 'start' ? period?.start : period?.end;
    if (!from) continue;
    const due = addDaysIso(from, step.due.days);
    candidates.push({
      item: step.id,
      itemTitle: step.title,
      due,
      why: `step ${step.id} was due ${due} (${step.due.days} days after ${step.due.after === 'notified' ? 'the pair was notified' : `the ${step.due.after}`}) and is not recorded`,
    });
  }
  return candidates;
}

function endingSoon({ program, pairing, contract }: Context): Candidate[] {
  const period = pairing.status === 'active' ? relationshipPeriod(program, pairing, contract) : undefined;
  return period ? [{ due: period.end, why: `the relationship is planned to end ${period.end}` }] : [];
}

const candidatesOf: Readonly<Record<NoticeKind, (context: Context) => Candidate[]>> = {
  'pairing-notice': pairingNotice,
  'contract-due': contractDue,
  'check-in': checkIn,
  'evaluation-due': evaluationDue,
  'step-overdue': stepOverdue,
  'ending-soon': endingSoon,
};

/** Every notice the programs' `notices.send` lists that is inside its window today, sorted by program, pairing, kind and due date. */
export function dueNotices(records: RecordSet, today: IsoDate): DueNotice[] {
  const due: DueNotice[] = [];
  for (const [key, { data: pairing }] of records.pairings) {
    const programId = pairing.program;
    const program = records.programs.get(programId)?.data;
    if (!program?.notices) continue;
    const context: Context = { today, programId, program, pairingId: pairingIdOf(key), pairing };
    const contract = records.contracts.get(key)?.data;
    if (contract) context.contract = contract;
    for (const notice of program.notices.send) {
      for (const candidate of candidatesOf[notice](context)) {
        if (isRelevant(notice, candidate.due, today)) due.push({ program: programId, pairing: context.pairingId, notice, ...candidate });
      }
    }
  }
  return due.sort(
    (a, b) =>
      a.program.localeCompare(b.program) ||
      a.pairing.localeCompare(b.pairing) ||
      a.notice.localeCompare(b.notice) ||
      a.due.localeCompare(b.due) ||
      (a.item ?? '').localeCompare(b.item ?? ''),
  );
}
