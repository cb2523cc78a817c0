/**
 * Applications that led to no pairing fall under the program's retention
 * rule at the end of their cycle: kept `retentionDays` after the cycle ends,
 * then removed. A cycle ends when the program's formal term that starts in
 * the cycle's year ends (ALCTS: June 1 to April 30 of the next year), or on
 * December 31 of the cycle's year for a program without a term. A program
 * without `retentionDays` keeps them: nothing is removed without a period.
 */
import { addDaysIso, nextMonthDay, type IsoDate } from '../dates.ts';
import type { Application, Pairing, Program } from '../types.generated.ts';
import { peopleOfKind } from '../submit/pairing-id.ts';

interface Stored<T> {
  file: string;
  data: T;
}

export interface UnmatchedApplication {
  program: string;
  application: string;
  file: string;
  cycleEnds: IsoDate;
  /** The last day the file may be kept. */
  keepUntil: IsoDate;
}

export function cycleEnd(program: Program, cycle: number): IsoDate {
  if (!program.term) return `${cycle}-12-31`;
  return nextMonthDay(`${cycle}-${program.term.start}`, program.term.end);
}

/** Every application of a finished cycle that no pairing links or names, with the day it may be kept until. */
export function unmatchedApplications(
  records: {
    programs: ReadonlyMap<string, Stored<Program>>;
    pairings: ReadonlyMap<string, Stored<Pairing>>;
    applications?: ReadonlyMap<string, Stored<Application>>;
  },
  today: IsoDate,
): UnmatchedApplication[] {
  const linked = new Set<string>();
  const emails = new Set<string>();
  for (const [key, { data: pairing }] of records.pairings) {
    const program = key.slice(0, key.indexOf('/'));
    for (const id of pairing.applications ?? []) linked.add(`${program}/${id}`);
    for (const person of peopleOfKind(pairing)) emails.add(`${program}/${person.email.toLowerCase()}`);
  }
  const found: UnmatchedApplication[] = [];
  for (const [key, { file, data }] of [...(records.applications ?? new Map<string, Stored<Application>>())].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const [programId, , id] = key.split('/') as [string, string, string];
    const program = records.programs.get(programId)?.data;
    if (program?.retentionDays === undefined) continue;
    if (linked.has(`${programId}/${id}`) || emails.has(`${programId}/${data.email.toLowerCase()}`)) continue;
    const ends = cycleEnd(program, data.cycle);
    if (ends >= today) continue;
    found.push({ program: programId, application: id, file, cycleEnds: ends, keepUntil: addDaysIso(ends, program.retentionDays) });
  }
  return found;
}
