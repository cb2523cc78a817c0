/**
 * From a cycle's applications to a proposal: the hard constraints decide
 * which pairs are allowed, the fit weighs them, HiGHS finds the optimum
 * (solver.ts), and every pair and every unmatched applicant is explained.
 * The same applications and pins give the same proposal: applicants are
 * ordered by id, edges in that order, and the solver is deterministic.
 */
import type { Program } from '../types.generated.ts';
import { eligible, exclusionOf, pinKey, type Applicant, type Exclusion } from './constraints.ts';
import { EXCLUSION_WORDS, explainUnmatched, type UnmatchedApplication } from './explain.ts';
import { fitOf, maximumFit, scoreOf, weightsOf } from './fit.ts';
import { pairTable } from './pair-table.ts';
import { solveMentoring, type MentoringMethod } from './solve-mentoring.ts';
import { PinError } from './pin-error.ts';
import { solveMatching } from './solver.ts';
import { capacityOf } from '../program/mentor-capacity.ts';

export type { Applicant } from './constraints.ts';
export type { UnmatchedApplication } from './explain.ts';

/** `--keep a=b` (mentee=mentor, or two peers) or `--forbid a=b`. */
export interface Pin {
  first: string;
  second: string;
}

interface ProposedPair {
  mentor: string;
  mentee: string;
  score: number;
  reasons: string[];
}

interface ProposedPeers {
  peers: [string, string];
  score: number;
  reasons: string[];
}

export interface Proposal {
  program: string;
  cycle: number;
  applications: number;
  pairs: ProposedPair[];
  peers: ProposedPeers[];
  unmatched: UnmatchedApplication[];
  keep: Pin[];
  forbid: Pin[];
  /** The sum of the proposed pairs' fit scores. */
  totalScore: number;
  solver: { columns: number; candidates: number; iterations: number };
}

export interface MatchInput {
  program: Program;
  cycle: number;
  applicants: readonly Applicant[];
  keep?: readonly Pin[];
  forbid?: readonly Pin[];
  /** How to solve the mentor-mentee pairs; all three give the optimum (the benchmark compares them). */
  method?: MentoringMethod;
  /** Applications of the cycle left out because they are invalid, listed as unmatched with the validator's reason. */
  invalid?: readonly UnmatchedApplication[];
}

export { PinError } from './pin-error.ts';

interface Candidate {
  first: Applicant;
  second: Applicant;
  score: number;
  fixed: boolean;
}

const hasRole = (applicant: Applicant, role: 'mentor' | 'mentee' | 'peer'): boolean => applicant.application.roles.includes(role);

export async function proposeMatching(input: MatchInput): Promise<Proposal> {
  const { program, cycle } = input;
  const keep = [...(input.keep ?? [])];
  const forbid = [...(input.forbid ?? [])];
  const forbidden = new Set(forbid.map((pin) => pinKey(pin.first, pin.second)));
  const kept = new Set(keep.map((pin) => pinKey(pin.first, pin.second)));
  // Mentoring pins have a direction: mentee=mentor.
  const keptMentoring = new Set(keep.map((pin) => `${pin.first}=${pin.second}`));
  const applicants = [...input.applicants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(applicants.map((applicant) => [applicant.id, applicant]));
  const taking = applicants.filter((applicant) => eligible(program, applicant));
  const weights = weightsOf(program);
  const big =
    maximumFit(
      applicants.map((applicant) => applicant.application),
      weights,
    ) *
      (applicants.length + 1) +
    1;

  // Exclusions met per peer, for the unmatched reasons (mentoring ones are counted for the unmatched only, in explain.ts).
  const ruledOut = new Map<string, Map<Exclusion, number>>();
  const note = (id: string, role: string, why: Exclusion) => {
    const map = ruledOut.get(`${id}/${role}`) ?? new Map<Exclusion, number>();
    map.set(why, (map.get(why) ?? 0) + 1);
    ruledOut.set(`${id}/${role}`, map);
  };

  for (const pin of [...keep, ...forbid]) {
    for (const id of [pin.first, pin.second]) {
      if (!byId.has(id))
        throw new PinError(`${pin.first}=${pin.second}: there is no application ${id} in the ${cycle} cycle of ${program.id}.`);
    }
  }

  const mentors = taking.filter((applicant) => hasRole(applicant, 'mentor'));
  const mentees = taking.filter((applicant) => hasRole(applicant, 'mentee'));
  const peers = taking.filter((applicant) => hasRole(applicant, 'peer'));
  const table = pairTable(program, mentors, mentees, forbidden, weights, big);
  const mentorIndex = new Map(mentors.map((applicant, index) => [applicant.id, index]));
  const menteeIndex = new Map(mentees.map((applicant, index) => [applicant.id, index]));

  const peering: Candidate[] = [];
  for (let i = 0; i < peers.length; i += 1) {
    for (let j = i + 1; j < peers.length; j += 1) {
      const [a, b] = [peers[i]!, peers[j]!];
      const why = exclusionOf(program, a, b, forbidden);
      if (why) {
        note(a.id, 'peer', why);
        note(b.id, 'peer', why);
        continue;
      }
      peering.push({
        first: a,
        second: b,
        score: scoreOf(a.application, b.application, 'peer', weights),
        fixed: kept.has(pinKey(a.id, b.id)),
      });
    }
  }

  const fixed: Array<[number, number]> = [];
  for (const pin of keep) {
    const [a, b] = [mentorIndex.get(pin.second), menteeIndex.get(pin.first)];
    if (a !== undefined && b !== undefined && table.exclusion(a, b) === undefined) fixed.push([a, b]);
    else if (!peering.some((c) => c.fixed && pinKey(c.first.id, c.second.id) === pinKey(pin.first, pin.second)))
      throw new PinError(`--keep ${pin.first}=${pin.second} cannot be kept: ${pinProblem(program, pin, byId, forbidden)}`);
  }

  const capacity = (applicant: Applicant): number => capacityOf(program, applicant.application);
  const mentoring = await solveMentoring({ mentors, mentees, table, fixed, capacity, method: input.method ?? 'assignment' });
  const peerNode = new Map(peers.map((applicant, index) => [applicant.id, index]));
  const peerResult = await solveMatching({
    capacities: peers.map(() => 1),
    edges: peering.map((c) => ({ a: peerNode.get(c.first.id)!, b: peerNode.get(c.second.id)!, weight: big + c.score, fixed: c.fixed })),
    exclusive: [],
  });

  const pairs: ProposedPair[] = mentoring.chosen
    .map(([a, b]) => ({ mentor: mentors[a]!, mentee: mentees[b]!, pinned: keptMentoring.has(`${mentees[b]!.id}=${mentors[a]!.id}`) }))
    .map(({ mentor, mentee, pinned }) => ({
      mentor,
      mentee,
      pinned,
      fit: fitOf(mentor.application, mentee.application, 'mentoring', weights),
    }))
    .map(({ mentor, mentee, pinned, fit }) => ({
      mentor: mentor.id,
      mentee: mentee.id,
      score: fit.score,
      reasons: pinned ? [...fit.reasons, 'kept by the coordinator (--keep)'] : fit.reasons,
    }))
    .sort((a, b) => (a.mentor === b.mentor ? (a.mentee < b.mentee ? -1 : 1) : a.mentor < b.mentor ? -1 : 1));
  const peerPairs: ProposedPeers[] = peerResult.chosen
    .map((index) => peering[index]!)
    .map((c) => ({ c, fit: fitOf(c.first.application, c.second.application, 'peer', weights) }))
    .map(({ c, fit }) => ({
      peers: [c.first.id, c.second.id] as [string, string],
      score: fit.score,
      reasons: c.fixed ? [...fit.reasons, 'kept by the coordinator (--keep)'] : fit.reasons,
    }))
    .sort((a, b) => (a.peers[0] < b.peers[0] ? -1 : 1));

  const unmatched = explainUnmatched({
    program,
    applicants,
    mentors,
    mentees,
    peers,
    table,
    pairs,
    peerPairs,
    peering,
    peerExclusions: ruledOut,
    capacity,
  });

  unmatched.push(...(input.invalid ?? []));
  unmatched.sort((a, b) => (a.application < b.application ? -1 : a.application > b.application ? 1 : 0));
  return {
    program: program.id,
    cycle,
    applications: applicants.length + (input.invalid?.length ?? 0),
    pairs,
    peers: peerPairs,
    unmatched,
    keep,
    forbid,
    totalScore: [...pairs, ...peerPairs].reduce((sum, pair) => sum + pair.score, 0),
    solver: {
      columns: mentoring.columns + peerResult.columns,
      candidates: mentoring.candidates + peering.length,
      iterations: mentoring.iterations,
    },
  };
}

function pinProblem(program: Program, pin: Pin, byId: ReadonlyMap<string, Applicant>, forbidden: ReadonlySet<string>): string {
  const first = byId.get(pin.first)!;
  const second = byId.get(pin.second)!;
  for (const applicant of [first, second]) {
    if (!eligible(program, applicant)) return `${applicant.id} has no membership statement, and the program is open to members only.`;
  }
  const why = exclusionOf(program, first, second, forbidden);
  if (why) return `the pair is ${why === 'self' ? 'one application with itself' : EXCLUSION_WORDS[why]}.`;
  const peer = hasRole(first, 'peer') && hasRole(second, 'peer');
  if (!peer && !hasRole(first, 'mentee')) return `${first.id} did not apply as a mentee (write --keep <mentee>=<mentor>).`;
  if (!peer && !hasRole(second, 'mentor')) return `${second.id} did not apply as a mentor (write --keep <mentee>=<mentor>).`;
  return 'the two did not apply in roles that fit together.';
}
