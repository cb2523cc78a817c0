/**
 * Which formal term a pairing belongs to. A program's `term` is its yearly
 * pattern (MM-DD); a cohort (`cohorts`) gives one intake's own dates, for a
 * year whose term or orientation differs or a year with several intakes. A
 * pairing belongs to the cohort it names, or else to the cohort whose id is
 * the year its term starts in (when there is one), or else to the pattern.
 */
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { nextMonthDay, type IsoDate } from '../lifecycle/dates.ts';

export type Cohort = NonNullable<Program['cohorts']>[number];

export interface Term {
  start: IsoDate;
  end: IsoDate;
  /** The cohort whose dates these are, when a cohort sets them. */
  cohort?: string;
}

/** The cohort a pairing names, or the one of its year (undefined when the program has none for it). */
export function cohortOf(program: Program, pairing: Pick<Pairing, 'cohort' | 'notified'>): Cohort | undefined {
  const cohorts = program.cohorts ?? [];
  if (pairing.cohort !== undefined) return cohorts.find((cohort) => cohort.id === pairing.cohort);
  const year = program.term ? nextMonthDay(pairing.notified, program.term.start).slice(0, 4) : pairing.notified.slice(0, 4);
  return cohorts.find((cohort) => cohort.id === year);
}

/** The formal term of a pairing: its cohort's own dates, or the yearly term that starts next after the notice. */
export function termOf(program: Program, pairing: Pick<Pairing, 'cohort' | 'notified'>): Term | undefined {
  const cohort = cohortOf(program, pairing);
  if (cohort?.term) return { ...cohort.term, cohort: cohort.id };
  if (!program.term) return undefined;
  const start = nextMonthDay(pairing.notified, program.term.start);
  return { start, end: nextMonthDay(start, program.term.end) };
}

/** Whether a contract's start falls inside the term (both ends included). */
export const startsInTerm = (term: Term, contract: Pick<Contract, 'start'>): boolean => contract.start >= term.start && contract.start <= term.end;
