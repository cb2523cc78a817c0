/**
 * The dates a pairing records when it becomes active: the day the pair was
 * told of its match (`notified`) and the day the relationship starts
 * (`start`). They differ: a pair told in October of a term that starts on
 * November 1 starts on November 1. The start defaults to the start of the
 * pair's term or cohort, and is never before the notice.
 */
import type { IsoDate } from '../dates.ts';
import { termOf } from '../program/terms.ts';
import type { Pairing, Program } from '../types.generated.ts';

export function defaultStart(
  program: Program | undefined,
  pairing: Pick<Pairing, 'cohort' | 'cycle'> | undefined,
  notified: IsoDate,
): IsoDate {
  if (!program || !pairing) return notified;
  const placed: Pick<Pairing, 'cohort' | 'cycle' | 'notified'> = { notified };
  if (pairing.cohort !== undefined) placed.cohort = pairing.cohort;
  if (pairing.cycle !== undefined) placed.cycle = pairing.cycle;
  const term = termOf(program, placed);
  return term && term.start > notified ? term.start : notified;
}
