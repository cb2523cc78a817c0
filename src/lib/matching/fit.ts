/**
 * How well two applications fit, with the program's weights, and the reasons
 * in words. Interests match case-insensitively, so an applicant's own words
 * meet the same words in another application.
 */
import { andList } from '../text/word-lists.ts';
import type { Application, Program } from '../types.generated.ts';

export interface Weights {
  interests: number;
  careerStage: number;
  methods: number;
}

/** Used where program.yaml's `matching.weights` says nothing. */
const DEFAULT_WEIGHTS: Readonly<Weights> = { interests: 3, careerStage: 2, methods: 1 };

export const weightsOf = (program: Program): Weights => ({ ...DEFAULT_WEIGHTS, ...program.matching?.weights });

const STAGES = ['student', 'early', 'mid', 'senior'] as const;
const STAGE_WORDS: Record<Application['careerStage'], string> = {
  student: 'student',
  early: 'early career',
  mid: 'mid career',
  senior: 'senior',
};

export interface Fit {
  score: number;
  reasons: string[];
}

const key = (text: string): string => text.trim().toLowerCase();

function sharedInterests(first: Application, second: Application): string[] {
  const other = new Set(second.interests.map(key));
  const seen = new Set<string>();
  const shared: string[] = [];
  for (const interest of first.interests) {
    const k = key(interest);
    if (other.has(k) && !seen.has(k)) {
      seen.add(k);
      shared.push(k);
    }
  }
  return shared;
}

/** The fit of a mentor with a mentee, or (`mentor` undefined) of two peers. */
export function fitOf(first: Application, second: Application, kind: 'mentoring' | 'peer', weights: Weights): Fit {
  const reasons: string[] = [];
  let score = 0;

  const interests = sharedInterests(first, second);
  score += weights.interests * interests.length;
  reasons.push(
    interests.length === 0
      ? 'no shared interests'
      : `${interests.length} shared interest${interests.length === 1 ? '' : 's'}: ${interests.join(', ')}`,
  );

  const gap = STAGES.indexOf(first.careerStage) - STAGES.indexOf(second.careerStage);
  if (kind === 'mentoring') {
    if (gap > 0) {
      score += weights.careerStage;
      reasons.push(`mentor more senior (${STAGE_WORDS[first.careerStage]}; mentee ${STAGE_WORDS[second.careerStage]})`);
    } else {
      reasons.push(`mentor not more senior (${STAGE_WORDS[first.careerStage]}; mentee ${STAGE_WORDS[second.careerStage]})`);
    }
  } else if (gap === 0) {
    score += weights.careerStage;
    reasons.push(`same career stage (${STAGE_WORDS[first.careerStage]})`);
  } else if (Math.abs(gap) === 1) {
    score += Math.floor(weights.careerStage / 2);
    reasons.push(`neighbouring career stages (${STAGE_WORDS[first.careerStage]}; ${STAGE_WORDS[second.careerStage]})`);
  } else {
    reasons.push(`career stages far apart (${STAGE_WORDS[first.careerStage]}; ${STAGE_WORDS[second.careerStage]})`);
  }

  const methods = first.methods.filter((method) => second.methods.includes(method));
  score += weights.methods * methods.length;
  reasons.push(methods.length === 0 ? 'no way of meeting in common' : `both prefer ${andList(methods)}`);

  return { score, reasons };
}

interface Profile {
  interests: Set<string>;
  stage: number;
  methods: readonly string[];
}

const profiles = new WeakMap<Application, Profile>();
function profileOf(application: Application): Profile {
  let profile = profiles.get(application);
  if (!profile) {
    profile = {
      interests: new Set(application.interests.map(key)),
      stage: STAGES.indexOf(application.careerStage),
      methods: application.methods,
    };
    profiles.set(application, profile);
  }
  return profile;
}

/** The score of fitOf without its words: the solver weighs every candidate pair, only proposed pairs need reasons. */
export function scoreOf(first: Application, second: Application, kind: 'mentoring' | 'peer', weights: Weights): number {
  const a = profileOf(first);
  const b = profileOf(second);
  let shared = 0;
  for (const interest of a.interests) if (b.interests.has(interest)) shared += 1;
  let methods = 0;
  for (const method of a.methods) if (b.methods.includes(method)) methods += 1;
  const gap = a.stage - b.stage;
  const stage =
    kind === 'mentoring'
      ? gap > 0
        ? weights.careerStage
        : 0
      : gap === 0
        ? weights.careerStage
        : Math.abs(gap) === 1
          ? Math.floor(weights.careerStage / 2)
          : 0;
  return weights.interests * shared + stage + weights.methods * methods;
}

/** The highest fit any pair can reach under these weights (for the solver's cardinality-first weighting). */
export function maximumFit(applications: readonly Application[], weights: Weights): number {
  const interests = Math.max(0, ...applications.map((application) => application.interests.length));
  const methods = Math.max(0, ...applications.map((application) => application.methods.length));
  return weights.interests * interests + weights.careerStage + weights.methods * methods;
}
