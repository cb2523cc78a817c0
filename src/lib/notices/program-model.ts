/**
 * The parts of issue 10's program model (steps, evaluation ids, what a pairing
 * records) that notices read, in the shape agreed in CONVENTIONS.md. Until
 * that model is in schemas/, these fields are read defensively from the data.
 */
import type { Pairing, Program } from '../types.generated.ts';
import type { IsoDate } from '../dates.ts';

export interface ProgramStep {
  id: string;
  title: string;
  by: 'mentor' | 'mentee' | 'peer' | 'pair' | 'coordinator';
  due?: { days: number; after: 'notified' | 'start' | 'end' };
}

export interface ProgramEvaluation {
  id?: string;
  title: string;
  /** MM-DD every year, or `end` (due as the relationship ends). */
  due?: unknown;
}

export interface ReceivedEvaluation {
  evaluation: string;
  role: string;
  received: IsoDate;
}

// The generated Program and Pairing types gain these fields when issue 10's schema lands; until then the
// objects are read through `unknown`, which is safe because the validator has already checked the files.
export const stepsOf = (program: Program): ProgramStep[] => ((program as unknown as { steps?: ProgramStep[] }).steps ?? []);

export const evaluationsOf = (program: Program): ProgramEvaluation[] => (program.evaluations) ?? [];

export const recordedSteps = (pairing: Pairing): Record<string, IsoDate> =>
  (pairing as unknown as { steps?: Record<string, IsoDate> }).steps ?? {};

export const receivedEvaluations = (pairing: Pairing): ReceivedEvaluation[] =>
  (pairing as unknown as { evaluations?: ReceivedEvaluation[] }).evaluations ?? [];

/** An evaluation's id: its own, or one made from its title (before issue 10 gives evaluations ids). */
export const evaluationId = (evaluation: ProgramEvaluation): string =>
  evaluation.id ?? evaluation.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
