/**
 * From a cycle's applications to a proposal: the hard constraints decide
 * which pairs are allowed, the fit weighs them, HiGHS finds the optimum
 * (solver.ts), and every pair and every unmatched applicant is explained.
 * The same applications and pins give the same proposal: applicants are
 * ordered by id, edges in that order, and the solver is deterministic.
 */
import type { Program } from '../types.generated.ts';
import { eligible, exclusionOf, pinKey, type Applicant, type Exclusion } from './constraints.ts';
import { andList, fitOf, maximumFit, scoreOf, weightsOf } from './fit.ts';
import { solveMatching, type SolverEdge } from './solver.ts';
import { capacityOf } from '../program/mentor-capacity.ts';

export type { Applicant } from './constraints.ts';

/** `--keep a=b` (mentee=mentor, or two peers) or `--forbid a=b`. */
export interface Pin {
  first: string;
  second: string;
}

export interface ProposedPair {
  mentor: string;
  mentee: string;
  score: number;
  reasons: string[];
}

export interface ProposedPeers {
  peers: [string, string];
  score: number;
  reasons: string[];
}

export interface UnmatchedApplication {
  application: string;
  reason: string;
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
  /** Solve every candidate pair at once instead of by column generation (the benchmark's exact reference). */
  wholeModel?: boolean;
  /** Applications of the cycle left out because they are invalid, listed as unmatched with the validator's reason. */
  invalid?: readonly UnmatchedApplication[];
}

/** A pin the applications cannot honour; the message names the ids and why. */
export class PinError extends Error {
  override name = 'PinError';
}

interface Candidate {
  first: Applicant;
  second: Applicant;
  score: number;
  fixed: boolean;
}

const EXCLUSION_WORDS: Record<Exclusion, string> = {
  self: 'itself',
  avoid: 'on an avoid list',
  forbidden: 'ruled out by the coordinator (--forbid)',
  'same-institution': 'from the same institution',
};

const hasRole = (applicant: Applicant, role: 'mentor' | 'mentee' | 'peer'): boolean => applicant.application.roles.includes(role);
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export async function proposeMatching(input: MatchInput): Promise<Proposal> {
  const { program, cycle } = input;
  const keep = [...(input.keep ?? [])];
  const forbid = [...(input.forbid ?? [])];
  const forbidden = new Set(forbid.map((pin) => pinKey(pin.first, pin.second)));
  const kept = new Set(keep.map((pin) => pinKey(pin.first, pin.second)));
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

  // Exclusions met per applicant and role, for the unmatched reasons.
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

  const mentoring: Candidate[] = [];
  for (const mentor of mentors) {
    for (const mentee of mentees) {
      const why = exclusionOf(program, mentor, mentee, forbidden);
      if (why) {
        if (why !== 'self') {
          note(mentee.id, 'mentee', why);
          note(mentor.id, 'mentor', why);
        }
        continue;
      }
      const fixed = keep.length > 0 && keep.some((pin) => pin.first === mentee.id && pin.second === mentor.id);
      mentoring.push({
        first: mentor,
        second: mentee,
        score: scoreOf(mentor.application, mentee.application, 'mentoring', weights),
        fixed,
      });
    }
  }
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

  for (const pin of keep) {
    const found =
      mentoring.some((c) => c.fixed && c.second.id === pin.first && c.first.id === pin.second) ||
      peering.some((c) => c.fixed && pinKey(c.first.id, c.second.id) === pinKey(pin.first, pin.second));
    if (!found) throw new PinError(`--keep ${pin.first}=${pin.second} cannot be kept: ${pinProblem(program, pin, byId, forbidden)}`);
  }

  const mentorNode = new Map(mentors.map((applicant, index) => [applicant.id, index]));
  const menteeNode = new Map(mentees.map((applicant, index) => [applicant.id, mentors.length + index]));
  // Two "both" applicants may not mentor each other: at most one of the two directions.
  const both = (applicant: Applicant) => hasRole(applicant, 'mentor') && hasRole(applicant, 'mentee');
  const edgeIndex = new Map<string, number>();
  mentoring.forEach((c, index) => {
    if (both(c.first) && both(c.second)) edgeIndex.set(`${c.first.id}>${c.second.id}`, index);
  });
  const exclusive: Array<[number, number]> = [];
  for (const [key, index] of edgeIndex) {
    const [from, to] = key.split('>');
    const reverse = edgeIndex.get(`${to}>${from}`);
    if (reverse !== undefined && index < reverse) exclusive.push([index, reverse]);
  }
  const edges = (list: Candidate[], nodeA: (c: Candidate) => number, nodeB: (c: Candidate) => number): SolverEdge[] =>
    list.map((c) => ({ a: nodeA(c), b: nodeB(c), weight: big + c.score, fixed: c.fixed }));

  const mentoringResult = await solveMatching(
    {
      capacities: [...mentors.map((m) => capacityOf(program, m.application)), ...mentees.map(() => 1)],
      edges: edges(
        mentoring,
        (c) => mentorNode.get(c.first.id)!,
        (c) => menteeNode.get(c.second.id)!,
      ),
      exclusive,
      bipartite: true,
    },
    { wholeModel: input.wholeModel ?? false },
  );
  const peerNode = new Map(peers.map((applicant, index) => [applicant.id, index]));
  const peerResult = await solveMatching({
    capacities: peers.map(() => 1),
    edges: edges(
      peering,
      (c) => peerNode.get(c.first.id)!,
      (c) => peerNode.get(c.second.id)!,
    ),
    exclusive: [],
    bipartite: false,
  });

  const pairs: ProposedPair[] = mentoringResult.chosen
    .map((index) => mentoring[index]!)
    .map((c) => ({ c, fit: fitOf(c.first.application, c.second.application, 'mentoring', weights) }))
    .map(({ c, fit }) => ({
      mentor: c.first.id,
      mentee: c.second.id,
      score: fit.score,
      reasons: c.fixed ? [...fit.reasons, 'kept by the coordinator (--keep)'] : fit.reasons,
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

  const paired = new Set<string>([...pairs.flatMap((p) => [p.mentor, p.mentee]), ...peerPairs.flatMap((p) => p.peers)]);
  const load = new Map<string, number>();
  for (const pair of pairs) load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);

  // Each applicant's possible partners per role, gathered once for the unmatched reasons.
  const candidatesOf = new Map<string, Applicant[]>();
  const partner = (key: string, other: Applicant) => {
    const list = candidatesOf.get(key);
    if (list) list.push(other);
    else candidatesOf.set(key, [other]);
  };
  for (const c of mentoring) {
    if (!paired.has(c.second.id)) partner(`${c.second.id}/mentee`, c.first);
    if (!paired.has(c.first.id)) partner(`${c.first.id}/mentor`, c.second);
  }
  for (const c of peering) {
    if (!paired.has(c.first.id)) partner(`${c.first.id}/peer`, c.second);
    if (!paired.has(c.second.id)) partner(`${c.second.id}/peer`, c.first);
  }

  const roleReason = (applicant: Applicant, role: 'mentor' | 'mentee' | 'peer'): string => {
    const others = role === 'mentee' ? mentors : role === 'mentor' ? mentees : peers;
    const otherWord = role === 'mentee' ? 'mentor' : role === 'mentor' ? 'mentee' : 'peer';
    const pool = others.filter((other) => other.id !== applicant.id);
    if (pool.length === 0) return `no ${otherWord} applied who could take part`;
    const candidates = candidatesOf.get(`${applicant.id}/${role}`) ?? [];
    if (candidates.length === 0) {
      const counts = ruledOut.get(`${applicant.id}/${role}`) ?? new Map<Exclusion, number>();
      const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([why, count]) => `${count} ${EXCLUSION_WORDS[why]}`);
      if (counts.size === 1 && counts.has('same-institution')) return `only ${otherWord}s from the same institution (${pool.length})`;
      return `every ${otherWord} is ruled out: ${andList(parts)}`;
    }
    if (role === 'mentee') {
      const full = candidates.every((mentor) => (load.get(mentor.id) ?? 0) >= capacityOf(program, mentor.application));
      const theyAre = candidates.length === 1 ? 'the one possible mentor is' : `all ${candidates.length} possible mentors are`;
      return full
        ? `no mentor with capacity: ${theyAre} full with other mentees`
        : `no mentor with capacity left without leaving another mentee unmatched (${plural(candidates.length, 'possible mentor')})`;
    }
    return `every possible ${otherWord} (${candidates.length}) is paired with someone else, and more pairs cannot be formed`;
  };

  const unmatched: UnmatchedApplication[] = [];
  for (const applicant of applicants) {
    if (paired.has(applicant.id)) continue;
    if (!eligible(program, applicant)) {
      unmatched.push({
        application: applicant.id,
        reason: `no membership statement (member: true), and ${program.id} is open to members only`,
      });
      continue;
    }
    const roles = (['mentee', 'mentor', 'peer'] as const).filter((role) => hasRole(applicant, role));
    const reasons = roles.map((role) => (roles.length > 1 ? `as ${role}: ${roleReason(applicant, role)}` : roleReason(applicant, role)));
    unmatched.push({ application: applicant.id, reason: reasons.join('; ') });
  }

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
      columns: mentoringResult.columns + peerResult.columns,
      candidates: mentoring.length + peering.length,
      iterations: mentoringResult.iterations,
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
