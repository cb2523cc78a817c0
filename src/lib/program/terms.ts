/**
 * Which formal term a pairing belongs to. A program's `term` is its yearly
 * pattern (MM-DD); a cohort (`cohorts`) gives one intake's own dates, for a
 * year whose term or orientation differs or a year with several intakes. A
 * pairing belongs to the cohort it names, or else to the cohort whose id is
 * the year its term starts in (when there is one), or else to the pattern.
 * The year its term starts in is its cycle (`cycle`, written by matching),
 * never the day it was notified: a pair told in October of a term that starts
 * on November 1 belongs to that term. Only a pairing with no cycle falls back
 * on its start, its activation or its notice.
 */
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { nextMonthDay, onMonthDay, previousMonthDay, type IsoDate } from '../dates.ts';

export type Cohort = NonNullable<Program['cohorts']>[number];

export interface Term {
  start: IsoDate;
  end: IsoDate;
  /** The cohort whose dates these are, when a cohort sets them. */
  cohort?: string;
}

interface Anchor {
  day: IsoDate;
  /** True when the day is the start of the relationship (the contract's start or the activation), false for the notice. */
  started: boolean;
}

/**
 * The day that places a relationship without a cycle in a term: the contract's
 * start, else the pairing's recorded start, else the day it became active,
 * else the notice (pairs are told of their match before their term begins:
 * ALCTS matches in spring for June 1).
 */
function anchorDay(pairing: Pick<Pairing, 'notified' | 'history' | 'start'>, contract?: Pick<Contract, 'start'>): Anchor | undefined {
  const started = contract?.start ?? pairing.start ?? pairing.history?.find((change) => change.status === 'active')?.date;
  if (started !== undefined) return { day: started, started: true };
  // A proposed pairing from matching has no notice yet: nothing places it in a term.
  return pairing.notified !== undefined ? { day: pairing.notified, started: false } : undefined;
}

/** The yearly term that contains a start day (or else the next one); for a notice, the next term to start. */
function yearlyTerm(term: NonNullable<Program['term']>, { day, started }: Anchor): Term {
  if (started) {
    const previous = previousMonthDay(day, term.start);
    const previousEnd = nextMonthDay(previous, term.end);
    if (day <= previousEnd) return { start: previous, end: previousEnd };
  }
  const start = nextMonthDay(day, term.start);
  return { start, end: nextMonthDay(start, term.end) };
}

type PairingDates = Pick<Pairing, 'cohort' | 'cycle' | 'start' | 'notified' | 'history'>;

/** The yearly term that starts in a cycle's year. */
const cycleTerm = (term: NonNullable<Program['term']>, cycle: number): Term => {
  const start = onMonthDay(cycle, term.start);
  return { start, end: nextMonthDay(start, term.end) };
};

/** The cohort a pairing names, or the one of the year its term starts in (undefined when the program has none for it). */
export function cohortOf(program: Program, pairing: PairingDates, contract?: Pick<Contract, 'start'>): Cohort | undefined {
  const cohorts = program.cohorts ?? [];
  if (pairing.cohort !== undefined) return cohorts.find((cohort) => cohort.id === pairing.cohort);
  if (pairing.cycle !== undefined) return cohorts.find((cohort) => cohort.id === String(pairing.cycle));
  const anchor = anchorDay(pairing, contract);
  if (!anchor) return undefined;
  const year = program.term ? yearlyTerm(program.term, anchor).start.slice(0, 4) : anchor.day.slice(0, 4);
  return cohorts.find((cohort) => cohort.id === year);
}

/** The formal term of a pairing: its cohort's own dates, or the yearly term holding (or next after) the relationship's start. */
export function termOf(program: Program, pairing: PairingDates, contract?: Pick<Contract, 'start'>): Term | undefined {
  const cohort = cohortOf(program, pairing, contract);
  if (cohort?.term) return { ...cohort.term, cohort: cohort.id };
  if (program.term && pairing.cycle !== undefined) return cycleTerm(program.term, pairing.cycle);
  const anchor = anchorDay(pairing, contract);
  if (!program.term || !anchor) return undefined;
  return yearlyTerm(program.term, anchor);
}

/** Whether a contract's start falls inside the term (both ends included). */
export const startsInTerm = (term: Term, contract: Pick<Contract, 'start'>): boolean =>
  contract.start >= term.start && contract.start <= term.end;
