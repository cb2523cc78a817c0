/**
 * Every mentor-mentee pair's weight and exclusion, computed on demand from
 * compact profiles (interests and methods as bit sets, stages and
 * institutions as numbers) instead of held as a list: at 10,000 applicants
 * there are 24 million pairs, and a row of them costs microseconds this way.
 * The numbers equal scoreOf and exclusionOf (fit.ts, constraints.ts) exactly;
 * a test holds them to it.
 */
import type { Program } from '../types.generated.ts';
import type { Applicant, Exclusion } from './constraints.ts';
import type { Weights } from './fit.ts';

const STAGES = ['student', 'early', 'mid', 'senior'] as const;

export interface PairTable {
  /** Fills `out[b]` with `big` plus the fit of mentor `a` with mentee `b`, or NaN where the pair is excluded. */
  row(a: number, out: Float64Array): void;
  /** Why mentor `a` may not take mentee `b`, or undefined when they may. */
  exclusion(a: number, b: number): Exclusion | undefined;
}

/** Numbers each distinct key as it is first seen; bit sets of `words` 32-bit words. */
class BitSets {
  readonly ids = new Map<string, number>();
  readonly keyOf: (value: string) => string;
  constructor(keyOf: (value: string) => string) {
    this.keyOf = keyOf;
  }
  number(values: readonly string[]): void {
    for (const value of values) {
      const key = this.keyOf(value);
      if (!this.ids.has(key)) this.ids.set(key, this.ids.size);
    }
  }
  get words(): number {
    return Math.max(1, Math.ceil(this.ids.size / 32));
  }
  fill(target: Uint32Array, at: number, values: readonly string[]): void {
    for (const value of values) {
      const id = this.ids.get(this.keyOf(value))!;
      target[at * this.words + (id >>> 5)]! |= 1 << (id & 31);
    }
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const interestKey = (text: string): string => text.trim().toLowerCase();
const institutionKey = (text: string | undefined): string | undefined => text?.trim().toLowerCase().replace(/\s+/g, ' ');

export function pairTable(
  program: Program,
  mentors: readonly Applicant[],
  mentees: readonly Applicant[],
  forbidden: ReadonlySet<string>,
  weights: Weights,
  big: number,
): PairTable {
  const everyone = [...mentors, ...mentees];
  const interests = new BitSets(interestKey);
  const methods = new BitSets((method) => method);
  for (const { application } of everyone) {
    interests.number(application.interests);
    methods.number(application.methods);
  }
  const iw = interests.words;
  const mw = methods.words;
  const side = (list: readonly Applicant[]) => {
    const interestBits = new Uint32Array(list.length * iw);
    const methodBits = new Uint32Array(list.length * mw);
    const stage = new Int8Array(list.length);
    list.forEach(({ application }, index) => {
      interests.fill(interestBits, index, application.interests);
      methods.fill(methodBits, index, application.methods);
      stage[index] = STAGES.indexOf(application.careerStage);
    });
    return { interestBits, methodBits, stage };
  };
  const left = side(mentors);
  const right = side(mentees);

  const institutions = new Map<string, number>();
  const institutionOf = (applicant: Applicant): number => {
    const key = institutionKey(applicant.application.institution);
    if (key === undefined) return -1;
    if (!institutions.has(key)) institutions.set(key, institutions.size);
    return institutions.get(key)!;
  };
  const sameInstitutionRule = program.matching?.sameInstitution === false;
  const leftInstitution = Int32Array.from(mentors, institutionOf);
  const rightInstitution = Int32Array.from(mentees, institutionOf);

  // The few pairs ruled out by name (oneself, avoid lists, --forbid), per mentor; a mentor's row is short-listed against them.
  const named = new Map<number, Map<number, Exclusion>>();
  const menteeIndex = new Map(mentees.map((applicant, index) => [applicant.id, index]));
  const mentorIndex = new Map(mentors.map((applicant, index) => [applicant.id, index]));
  const rule = (a: number | undefined, b: number | undefined, why: Exclusion) => {
    if (a === undefined || b === undefined) return;
    const row = named.get(a) ?? new Map<number, Exclusion>();
    const before = row.get(b);
    // self, then avoid, then forbidden: the order exclusionOf asks in.
    const rank: Record<Exclusion, number> = { self: 0, avoid: 1, forbidden: 2, 'same-institution': 3 };
    if (before === undefined || rank[why] < rank[before]) row.set(b, why);
    named.set(a, row);
  };
  for (const [id, a] of mentorIndex) rule(a, menteeIndex.get(id), 'self');
  for (const applicant of everyone) {
    for (const other of applicant.application.avoid ?? []) {
      rule(mentorIndex.get(applicant.id), menteeIndex.get(other), 'avoid');
      rule(mentorIndex.get(other), menteeIndex.get(applicant.id), 'avoid');
    }
  }
  for (const key of forbidden) {
    const [first, second] = key.split('=') as [string, string];
    rule(mentorIndex.get(first), menteeIndex.get(second), 'forbidden');
    rule(mentorIndex.get(second), menteeIndex.get(first), 'forbidden');
  }

  const { interests: wi, careerStage: ws, methods: wm } = weights;

  return {
    row(a, out) {
      const ia = a * iw;
      const ma = a * mw;
      const stageA = left.stage[a]!;
      const institution = leftInstitution[a]!;
      for (let b = 0; b < mentees.length; b += 1) {
        let shared = 0;
        for (let w = 0; w < iw; w += 1) shared += popcount(left.interestBits[ia + w]! & right.interestBits[b * iw + w]!);
        let common = 0;
        for (let w = 0; w < mw; w += 1) common += popcount(left.methodBits[ma + w]! & right.methodBits[b * mw + w]!);
        const stage = stageA - right.stage[b]! > 0 ? ws : 0;
        out[b] = big + (wi * shared + stage + wm * common);
        if (sameInstitutionRule && institution !== -1 && institution === rightInstitution[b]) out[b] = NaN;
      }
      for (const b of named.get(a)?.keys() ?? []) out[b] = NaN;
    },
    exclusion(a, b) {
      const byName = named.get(a)?.get(b);
      if (byName) return byName;
      if (sameInstitutionRule && leftInstitution[a] !== -1 && leftInstitution[a] === rightInstitution[b]) return 'same-institution';
      return undefined;
    },
  };
}
