/** proposeMatching: hard constraints, the "both" case, peers, pins, explanations, unmatched reasons, determinism and optimality. */
import { describe, expect, it } from 'vitest';
import { benchProgram, generateCycle } from '../../../bench/matching/generate-cycle.ts';
import { exclusionOf } from '../../../src/lib/matching/constraints.ts';
import { fitOf, weightsOf } from '../../../src/lib/matching/fit.ts';
import { formatJson, formatText } from '../../../src/lib/matching/format.ts';
import { PinError, proposeMatching, type Applicant } from '../../../src/lib/matching/propose.ts';
import type { Application, Program } from '../../../src/lib/types.generated.ts';

const program: Program = { ...benchProgram, id: 'demo' };

function applicant(id: string, fields: Partial<Application> & Pick<Application, 'roles'>): Applicant {
  return {
    id,
    application: {
      program: 'demo',
      cycle: 2027,
      name: `Person ${id}`,
      email: `${id}@example.org`,
      member: true,
      interests: ['cataloging'],
      careerStage: 'mid',
      methods: ['video'],
      submitted: '2026-11-01',
      institution: `Institution of ${id}`,
      ...fields,
    },
  };
}

describe('hard constraints', () => {
  it('never pairs a mentor over capacity, and a mentee with one mentor only', async () => {
    const proposal = await proposeMatching({
      program,
      cycle: 2027,
      applicants: [
        applicant('2027-m', { roles: ['mentor'], capacity: 2, careerStage: 'senior' }),
        applicant('2027-a', { roles: ['mentee'] }),
        applicant('2027-b', { roles: ['mentee'] }),
        applicant('2027-c', { roles: ['mentee'] }),
      ],
    });
    // The three mentees fit equally well: which two is a tie, but always two, and the third is told why.
    expect(proposal.pairs.map((p) => p.mentor)).toEqual(['2027-m', '2027-m']);
    expect(new Set(proposal.pairs.map((p) => p.mentee)).size).toBe(2);
    expect(proposal.unmatched).toEqual([
      {
        application: expect.stringMatching(/^2027-[abc]$/),
        reason: 'no mentor with capacity: the one possible mentor is full with other mentees',
      },
    ]);
  });

  it('keeps avoid lists both ways, and says so when nobody else is left', async () => {
    const proposal = await proposeMatching({
      program,
      cycle: 2027,
      applicants: [applicant('2027-m', { roles: ['mentor'] }), applicant('2027-a', { roles: ['mentee'], avoid: ['2027-m'] })],
    });
    expect(proposal.pairs).toEqual([]);
    expect(proposal.unmatched.map((u) => u.reason)).toEqual([
      'every mentor is ruled out: 1 on an avoid list',
      'every mentee is ruled out: 1 on an avoid list',
    ]);
    const reverse = await proposeMatching({
      program,
      cycle: 2027,
      applicants: [applicant('2027-m', { roles: ['mentor'], avoid: ['2027-a'] }), applicant('2027-a', { roles: ['mentee'] })],
    });
    expect(reverse.pairs).toEqual([]);
  });

  it('never pairs two people of one institution where the program says so, and explains it', async () => {
    const people = [
      applicant('2027-m', { roles: ['mentor'], institution: 'Lakeshore University' }),
      applicant('2027-a', { roles: ['mentee'], institution: ' lakeshore  university' }),
    ];
    const strict = await proposeMatching({ program, cycle: 2027, applicants: people });
    expect(strict.pairs).toEqual([]);
    expect(strict.unmatched[0]).toEqual({ application: '2027-a', reason: 'only mentors from the same institution (1)' });
    const open = await proposeMatching({ program: { ...program, matching: {} }, cycle: 2027, applicants: people });
    expect(open.pairs).toHaveLength(1);
  });

  it('leaves out applicants without a membership statement in a members-only program', async () => {
    const proposal = await proposeMatching({
      program,
      cycle: 2027,
      applicants: [applicant('2027-m', { roles: ['mentor'] }), applicant('2027-a', { roles: ['mentee'], member: false })],
    });
    expect(proposal.pairs).toEqual([]);
    expect(proposal.unmatched.find((u) => u.application === '2027-a')?.reason).toBe(
      'no membership statement (member: true), and demo is open to members only',
    );
  });

  it('lets a "both" applicant mentor one person and be mentored by another, never themself', async () => {
    const proposal = await proposeMatching({
      program,
      cycle: 2027,
      applicants: [
        applicant('2027-senior', { roles: ['mentor'], careerStage: 'senior' }),
        applicant('2027-both', { roles: ['mentor', 'mentee'], careerStage: 'mid' }),
        applicant('2027-early', { roles: ['mentee'], careerStage: 'early' }),
      ],
    });
    expect(proposal.pairs.map((p) => `${p.mentor}>${p.mentee}`)).toEqual(['2027-both>2027-early', '2027-senior>2027-both']);
    const alone = await proposeMatching({ program, cycle: 2027, applicants: [applicant('2027-both', { roles: ['mentor', 'mentee'] })] });
    expect(alone.pairs).toEqual([]);
    expect(alone.unmatched).toEqual([
      {
        application: '2027-both',
        reason: 'as mentee: no mentor applied who could take part; as mentor: no mentee applied who could take part',
      },
    ]);
  });

  it('never has two "both" applicants mentor each other', async () => {
    const proposal = await proposeMatching({
      program,
      cycle: 2027,
      applicants: [applicant('2027-x', { roles: ['mentor', 'mentee'] }), applicant('2027-y', { roles: ['mentor', 'mentee'] })],
    });
    expect(proposal.pairs).toHaveLength(1);
  });

  it('pairs peers in a general matching', async () => {
    const proposal = await proposeMatching({
      program,
      cycle: 2027,
      applicants: ['a', 'b', 'c', 'd', 'e'].map((letter) =>
        applicant(`2027-${letter}`, { roles: ['peer'], interests: letter < 'c' ? ['serials'] : ['metadata'] }),
      ),
    });
    expect(proposal.peers.map((p) => p.peers.join('+'))).toEqual(['2027-a+2027-b', expect.stringMatching(/^2027-[cde]\+2027-[cde]$/)]);
    expect(proposal.unmatched).toHaveLength(1);
    expect(proposal.unmatched[0]!.reason).toContain('every possible peer (');
  });
});

describe('optimum', () => {
  it('matches as many as possible before the best fit', async () => {
    // Mentor x fits mentee a best, but only x can take b: the optimum gives a to y.
    const proposal = await proposeMatching({
      program,
      cycle: 2027,
      applicants: [
        applicant('2027-x', { roles: ['mentor'], careerStage: 'senior', interests: ['metadata', 'serials'], methods: ['video', 'email'] }),
        applicant('2027-y', { roles: ['mentor'], careerStage: 'senior', interests: ['acquisitions'], avoid: ['2027-b'] }),
        applicant('2027-a', { roles: ['mentee'], careerStage: 'early', interests: ['metadata', 'serials'], methods: ['video', 'email'] }),
        applicant('2027-b', { roles: ['mentee'], careerStage: 'early', interests: ['licensing'] }),
      ],
    });
    expect(proposal.pairs.map((p) => `${p.mentor}>${p.mentee}`)).toEqual(['2027-x>2027-b', '2027-y>2027-a']);
    expect(proposal.unmatched).toEqual([]);
  });

  it('equals the brute-force best on 12 applicants (several seeds)', async () => {
    for (const seed of [1, 2, 3]) {
      const applicants = generateCycle({ mentees: 6, mentors: 4, both: 2, seed, maxCapacity: 2 });
      const proposal = await proposeMatching({ program, cycle: 2027, applicants });
      const best = bruteForce(program, applicants);
      expect({ seed, pairs: proposal.pairs.length, fit: proposal.totalScore }).toEqual({ seed, pairs: best.pairs, fit: best.fit });
    }
  });
});

describe('explanations, pins and determinism', () => {
  const people = () => [
    applicant('2027-lee', {
      roles: ['mentor'],
      careerStage: 'senior',
      interests: ['Cataloging', 'metadata', 'leadership'],
      methods: ['video', 'email'],
    }),
    applicant('2027-okafor', {
      roles: ['mentee'],
      careerStage: 'early',
      interests: ['cataloging', 'Metadata', 'Leadership'],
      methods: ['video'],
    }),
    applicant('2027-park', { roles: ['mentor'], careerStage: 'mid', interests: ['serials'], methods: ['phone'] }),
    applicant('2027-quinn', { roles: ['mentee'], careerStage: 'early', interests: ['serials'], methods: ['phone'] }),
  ];

  it('gives each pair its score and reasons in words', async () => {
    const proposal = await proposeMatching({ program, cycle: 2027, applicants: people() });
    expect(proposal.pairs[0]).toEqual({
      mentor: '2027-lee',
      mentee: '2027-okafor',
      score: 12,
      reasons: [
        '3 shared interests: cataloging, metadata, leadership',
        'mentor more senior (senior; mentee early career)',
        'both prefer video',
      ],
    });
    expect(weightsOf(program)).toEqual({ interests: 3, careerStage: 2, methods: 1 });
    const weighted = fitOf(
      people()[0]!.application,
      people()[1]!.application,
      'mentoring',
      weightsOf({ ...program, matching: { weights: { interests: 1, careerStage: 0, methods: 5 } } }),
    );
    expect(weighted.score).toBe(3 + 0 + 5);
  });

  it('pins a pair with --keep and rules one out with --forbid, and writes both into the proposal', async () => {
    const kept = await proposeMatching({ program, cycle: 2027, applicants: people(), keep: [{ first: '2027-quinn', second: '2027-lee' }] });
    expect(kept.pairs.map((p) => `${p.mentor}>${p.mentee}`)).toEqual(['2027-lee>2027-quinn', '2027-park>2027-okafor']);
    expect(kept.pairs[0]!.reasons).toContain('kept by the coordinator (--keep)');
    expect(formatText(kept)).toContain('Reproduce with: npm run match -- demo --cycle 2027 --keep 2027-quinn=2027-lee');
    const forbidden = await proposeMatching({
      program,
      cycle: 2027,
      applicants: people(),
      forbid: [{ first: '2027-okafor', second: '2027-lee' }],
    });
    expect(forbidden.pairs.map((p) => `${p.mentor}>${p.mentee}`)).not.toContain('2027-lee>2027-okafor');
    expect(formatText(forbidden)).toContain('--forbid 2027-okafor=2027-lee');
    await expect(
      proposeMatching({ program, cycle: 2027, applicants: people(), keep: [{ first: '2027-lee', second: '2027-okafor' }] }),
    ).rejects.toThrow(
      new PinError('--keep 2027-lee=2027-okafor cannot be kept: 2027-lee did not apply as a mentee (write --keep <mentee>=<mentor>).'),
    );
    await expect(
      proposeMatching({ program, cycle: 2027, applicants: people(), keep: [{ first: '2027-nobody', second: '2027-lee' }] }),
    ).rejects.toThrow(/there is no application 2027-nobody/);
  });

  it('gives the same proposal byte for byte, whatever the order of the applications', async () => {
    const applicants = generateCycle({ mentees: 40, mentors: 25, both: 5, peers: 6, seed: 7 });
    const first = formatJson(await proposeMatching({ program, cycle: 2027, applicants }));
    const second = formatJson(await proposeMatching({ program, cycle: 2027, applicants: [...applicants].reverse() }));
    expect(second).toBe(first);
    expect(Object.keys(JSON.parse(first))).toEqual(['pairs', 'peers', 'unmatched']);
  });
});

/** The best (pairs, fit) over every feasible assignment of mentees to mentors, by exhaustive search. */
function bruteForce(program: Program, applicants: readonly Applicant[]): { pairs: number; fit: number } {
  const weights = weightsOf(program);
  const mentors = applicants.filter((a) => a.application.roles.includes('mentor'));
  const mentees = applicants.filter((a) => a.application.roles.includes('mentee'));
  const mentorIndex = new Map(mentors.map((mentor, m) => [mentor.id, m]));
  const menteeIndex = new Map(mentees.map((mentee, e) => [mentee.id, e]));
  // The pair "mentor m mentors mentee e" is slot m * mentees.length + e; the search visits millions of
  // assignments, so pairs are marked in a typed array rather than as strings in a set.
  const slot = (m: number, e: number) => m * mentees.length + e;
  // Allowed mentors of each mentee with the pair's fit, computed once, and the slot of the same two people
  // the other way round (-1 unless both are "both" applicants).
  const options = mentees.map((mentee, e) =>
    mentors
      .map((mentor, m) => {
        const asMentor = mentorIndex.get(mentee.id);
        const asMentee = menteeIndex.get(mentor.id);
        return {
          m,
          mentor,
          fit: fitOf(mentor.application, mentee.application, 'mentoring', weights).score,
          slot: slot(m, e),
          reverse: asMentor !== undefined && asMentee !== undefined ? slot(asMentor, asMentee) : -1,
        };
      })
      .filter(({ mentor }) => exclusionOf(program, mentor, mentee, new Set()) === undefined),
  );
  const capacity = mentors.map((mentor) => mentor.application.capacity ?? 1);
  const load = new Int32Array(mentors.length);
  const chosen = new Uint8Array(mentors.length * mentees.length);
  let best = { pairs: -1, fit: -1 };
  const visit = (index: number, pairs: number, fit: number) => {
    if (index === mentees.length) {
      if (pairs > best.pairs || (pairs === best.pairs && fit > best.fit)) best = { pairs, fit };
      return;
    }
    visit(index + 1, pairs, fit);
    for (const option of options[index]!) {
      const { m } = option;
      if (load[m]! >= capacity[m]!) continue;
      if (option.reverse >= 0 && chosen[option.reverse] === 1) continue; // the reverse pair of two "both" applicants
      load[m]! += 1;
      chosen[option.slot] = 1;
      visit(index + 1, pairs + 1, fit + option.fit);
      chosen[option.slot] = 0;
      load[m]! -= 1;
    }
  };
  visit(0, 0, 0);
  return best;
}
