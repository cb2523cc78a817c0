/**
 * A generated cycle of applications for the matching benchmark and tests:
 * seeded, so the same arguments give the same applicants.
 */
import type { Applicant } from '../../src/lib/matching/propose.ts';
import type { Application, Program } from '../../src/lib/types.generated.ts';

export interface CycleShape {
  mentees: number;
  mentors: number;
  /** Applicants who ask to be both (counted apart from the two above). */
  both?: number;
  peers?: number;
  seed?: number;
  maxCapacity?: number;
}

const INTERESTS = [
  'cataloging',
  'metadata',
  'acquisitions',
  'preservation',
  'leadership',
  'collection development',
  'serials',
  'digital collections',
  'linked data',
  'electronic resources',
  'assessment',
  'research data',
  'licensing',
  'digitization',
  'authority control',
  'management',
];
const METHODS = ['video', 'phone', 'email', 'in-person'] as const;
const STAGES = ['student', 'early', 'mid', 'senior'] as const;
const INSTITUTIONS = Array.from({ length: 60 }, (_, index) => `Institution ${index + 1}`);

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCycle(shape: CycleShape, cycle = 2027): Applicant[] {
  const next = random(shape.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(pick(list));
    return [...chosen];
  };
  const applicants: Applicant[] = [];
  const add = (roles: Application['roles'], stages: readonly (typeof STAGES)[number][]) => {
    const id = `${cycle}-applicant-${String(applicants.length + 1).padStart(4, '0')}`;
    const application: Application = {
      program: 'bench',
      cycle,
      name: `Applicant ${applicants.length + 1}`,
      email: `applicant${applicants.length + 1}@example.org`,
      member: true,
      roles,
      interests: some(INTERESTS, 1, 4),
      institution: pick(INSTITUTIONS),
      careerStage: pick(stages),
      methods: some(METHODS, 1, 3),
      submitted: '2026-11-01',
      ...(roles.includes('mentor') ? { capacity: 1 + Math.floor(next() * (shape.maxCapacity ?? 3)) } : {}),
    };
    applicants.push({ id, application });
  };
  for (let i = 0; i < shape.mentees; i += 1) add(['mentee'], ['student', 'early', 'early', 'mid']);
  for (let i = 0; i < shape.mentors; i += 1) add(['mentor'], ['mid', 'senior', 'senior']);
  for (let i = 0; i < (shape.both ?? 0); i += 1) add(['mentor', 'mentee'], ['early', 'mid']);
  for (let i = 0; i < (shape.peers ?? 0); i += 1) add(['peer'], STAGES);
  // A few avoid lists, both ways in effect.
  for (const applicant of applicants) {
    if (next() < 0.05) applicant.application.avoid = [pick(applicants).id].filter((id) => id !== applicant.id);
    if (applicant.application.avoid?.length === 0) delete applicant.application.avoid;
  }
  return applicants;
}

export const benchProgram: Program = {
  id: 'bench',
  name: 'Benchmark program',
  organization: 'Benchmark association',
  summary: 'A generated program for the matching benchmark.',
  membersOnly: true,
  eligibility: 'Everyone generated.',
  kinds: ['mentoring', 'peer'],
  contract: {
    title: 'Agreement',
    goals: { min: 1, max: 3 },
    additionalGoals: false,
    durationMonths: { min: 1, max: 12 },
    dueDaysAfterNotified: 30,
    statement: 'We agree.',
    submitTo: 'The committee',
  },
  meetings: { frequencies: ['monthly'], methods: ['video', 'phone', 'email', 'in-person'] },
  evaluations: [],
  coordinators: [{ name: 'Bench Coordinator', email: 'coordinator@example.org' }],
  bothRoles: true,
  applications: { roles: ['mentor', 'mentee', 'peer'] },
  matching: { sameInstitution: false },
};
