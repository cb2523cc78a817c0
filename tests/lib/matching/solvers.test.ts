/**
 * The three exact methods behind a proposal (solve-mentoring.ts) reach the
 * same optimum, the default one holds few of the candidate pairs, and the
 * pair table computes exactly what fitOf and exclusionOf say.
 */
import { describe, expect, it } from 'vitest';
import { benchProgram, generateCycle } from '../../../bench/matching/generate-cycle.ts';
import { exclusionOf, pinKey, type Applicant } from '../../../src/lib/matching/constraints.ts';
import { scoreOf, weightsOf } from '../../../src/lib/matching/fit.ts';
import { pairTable } from '../../../src/lib/matching/pair-table.ts';
import { proposeMatching, type Proposal } from '../../../src/lib/matching/propose.ts';
import type { Program } from '../../../src/lib/types.generated.ts';

const program: Program = { ...benchProgram, id: 'demo' };
const summary = (proposal: Proposal) => ({ pairs: proposal.pairs.length, fit: proposal.totalScore, peers: proposal.peers.length });

describe('the pair table', () => {
  it('gives every pair the fit and the exclusion that fitOf and exclusionOf give', () => {
    for (const sameInstitution of [true, false]) {
      const applicants = generateCycle({ mentees: 30, mentors: 20, both: 6, seed: 11 });
      applicants[3]!.application.avoid = [applicants[25]!.id, applicants[51]!.id];
      applicants[4]!.application.interests = ['Metadata ', 'cataloging', ...Array.from({ length: 3 }, (_, i) => `topic ${i}`)];
      const rules: Program = { ...program, matching: { sameInstitution, weights: { interests: 2.5, careerStage: 3, methods: 0.5 } } };
      const mentors = applicants.filter((a) => a.application.roles.includes('mentor'));
      const mentees = applicants.filter((a) => a.application.roles.includes('mentee'));
      const forbidden = new Set([pinKey(mentees[0]!.id, mentors[0]!.id)]);
      const weights = weightsOf(rules);
      const table = pairTable(rules, mentors, mentees, forbidden, weights, 1000);
      const row = new Float64Array(mentees.length);
      mentors.forEach((mentor, a) => {
        table.row(a, row);
        mentees.forEach((mentee, b) => {
          const why = exclusionOf(rules, mentor, mentee, forbidden);
          expect(table.exclusion(a, b)).toBe(why);
          if (why) expect(row[b]).toBeNaN();
          else expect(row[b]).toBe(1000 + scoreOf(mentor.application, mentee.application, 'mentoring', weights));
        });
      });
    }
  });

  it('numbers interests past 32 distinct ones (more than one word of bits)', () => {
    const applicants: Applicant[] = generateCycle({ mentees: 3, mentors: 2, seed: 5 });
    applicants.forEach((applicant, index) => {
      applicant.application.interests = Array.from({ length: 5 }, (_, k) => `interest ${index * 5 + k}`);
    });
    applicants[0]!.application.interests = ['interest 24', 'interest 3'];
    const [mentee, mentor] = [applicants[0]!, applicants[4]!];
    const weights = weightsOf(program);
    const table = pairTable(program, [mentor], [mentee], new Set(), weights, 0);
    const row = new Float64Array(1);
    table.row(0, row);
    expect(row[0]).toBe(scoreOf(mentor.application, mentee.application, 'mentoring', weights));
    expect(row[0]).toBeGreaterThanOrEqual(weights.interests);
  });
});

describe('the exact methods', () => {
  it('reach the same optimum on generated cycles, with "both" applicants, pins and forbidden pairs', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const applicants = generateCycle({ mentees: 30, mentors: 16, both: 6, peers: 4, seed, maxCapacity: 3 });
      const rules: Program = { ...program, matching: { sameInstitution: seed % 2 === 0 } };
      const mentee = applicants[1]!;
      const mentor = applicants[31]!;
      const keep = seed > 2 ? [{ first: mentee.id, second: mentor.id }] : [];
      const forbid = [{ first: applicants[2]!.id, second: applicants[33]!.id }];
      const results = await Promise.all(
        (['assignment', 'column-generation', 'whole-model'] as const).map(async (method) =>
          summary(await proposeMatching({ program: rules, cycle: 2027, applicants, keep, forbid, method })),
        ),
      );
      expect(results[1], `seed ${seed}: column generation`).toEqual(results[0]);
      expect(results[2], `seed ${seed}: whole model`).toEqual(results[0]);
    }
  });

  it('falls back on the LP where the assignment would have two "both" applicants mentor each other', async () => {
    const [x, y] = generateCycle({ mentees: 0, mentors: 0, both: 2, seed: 3 });
    const proposal = await proposeMatching({ program, cycle: 2027, applicants: [x!, y!] });
    // Without the rule the assignment would take both directions (two pairs); the rule allows one.
    expect(proposal.pairs).toHaveLength(1);
  });

  it('holds a small part of the candidate pairs, not all of them', async () => {
    const applicants = generateCycle({ mentees: 300, mentors: 200, seed: 9, maxCapacity: 3 });
    const proposal = await proposeMatching({ program, cycle: 2027, applicants });
    expect(proposal.solver.candidates).toBeGreaterThan(50_000);
    expect(proposal.solver.columns).toBeLessThan(proposal.solver.candidates / 5);
  });
});
