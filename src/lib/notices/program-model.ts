/**
 * The parts of the program model (issue 10) that notices read: a program's
 * steps and evaluations, and what a pairing records of them. Types come from
 * schemas/ (types.generated.ts); these helpers only default the optional lists.
 */
import type { Pairing, Program } from '../types.generated.ts';

export type ProgramStep = NonNullable<Program['steps']>[number];
export type ProgramEvaluation = NonNullable<Program['evaluations']>[number];
export type ReceivedEvaluation = NonNullable<Pairing['evaluations']>[number];

export const stepsOf = (program: Program): ProgramStep[] => program.steps ?? [];

export const evaluationsOf = (program: Program): ProgramEvaluation[] => program.evaluations ?? [];

export const recordedSteps = (pairing: Pairing): Readonly<Record<string, string>> => pairing.steps ?? {};

export const receivedEvaluations = (pairing: Pairing): ReceivedEvaluation[] => pairing.evaluations ?? [];

/** An evaluation's id, as pairings record it. */
export const evaluationId = (evaluation: ProgramEvaluation): string => evaluation.id;
