/**
 * Why each applicant the proposal leaves out is left out, in words: not a
 * member, nobody of the other role applied, every possible partner ruled out
 * (and by what), or every possible partner taken. Only the unmatched are
 * looked at, one row of the pair table each, so the cost follows them and not
 * the number of candidate pairs.
 */
import type { Program } from '../types.generated.ts';
import { eligible, type Applicant, type Exclusion } from './constraints.ts';
import { andList } from '../text/word-lists.ts';
import type { PairTable } from './pair-table.ts';

export const EXCLUSION_WORDS: Record<Exclusion, string> = {
  self: 'itself',
  avoid: 'on an avoid list',
  forbidden: 'ruled out by the coordinator (--forbid)',
  'same-institution': 'from the same institution',
};

export interface UnmatchedApplication {
  application: string;
  reason: string;
}

interface PeerCandidate {
  first: Applicant;
  second: Applicant;
}

export interface UnmatchedInput {
  program: Program;
  /** Every applicant, in id order. */
  applicants: readonly Applicant[];
  mentors: readonly Applicant[];
  mentees: readonly Applicant[];
  peers: readonly Applicant[];
  table: PairTable;
  pairs: readonly { mentor: string; mentee: string }[];
  peerPairs: readonly { peers: readonly [string, string] }[];
  peering: readonly PeerCandidate[];
  /** How many mentees a mentor may take (the application's capacity, capped by the program). */
  capacity: (mentor: Applicant) => number;
  /** Exclusions met per `id/peer`, in the order they were met. */
  peerExclusions: ReadonlyMap<string, ReadonlyMap<Exclusion, number>>;
}

const hasRole = (applicant: Applicant, role: 'mentor' | 'mentee' | 'peer'): boolean => applicant.application.roles.includes(role);
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Possible partners of one applicant in one role, and the exclusions met on the way, counted in the order met. */
interface Options {
  candidates: Applicant[];
  exclusions: Map<Exclusion, number>;
}

export function explainUnmatched(input: UnmatchedInput): UnmatchedApplication[] {
  const { program, mentors, mentees, peers, table } = input;
  const paired = new Set<string>([...input.pairs.flatMap((p) => [p.mentor, p.mentee]), ...input.peerPairs.flatMap((p) => p.peers)]);
  const load = new Map<string, number>();
  for (const pair of input.pairs) load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
  const mentorIndex = new Map(mentors.map((applicant, index) => [applicant.id, index]));
  const menteeIndex = new Map(mentees.map((applicant, index) => [applicant.id, index]));

  const optionsOf = (applicant: Applicant, role: 'mentor' | 'mentee' | 'peer'): Options => {
    const candidates: Applicant[] = [];
    const exclusions = new Map<Exclusion, number>();
    const count = (why: Exclusion | undefined, other: Applicant) => {
      if (why === undefined) candidates.push(other);
      else if (why !== 'self') exclusions.set(why, (exclusions.get(why) ?? 0) + 1);
    };
    if (role === 'mentor') {
      const a = mentorIndex.get(applicant.id)!;
      mentees.forEach((mentee, b) => count(table.exclusion(a, b), mentee));
    } else if (role === 'mentee') {
      const b = menteeIndex.get(applicant.id)!;
      mentors.forEach((mentor, a) => count(table.exclusion(a, b), mentor));
    } else {
      for (const c of input.peering) {
        if (c.first.id === applicant.id) candidates.push(c.second);
        else if (c.second.id === applicant.id) candidates.push(c.first);
      }
      for (const [why, n] of input.peerExclusions.get(`${applicant.id}/peer`) ?? []) exclusions.set(why, n);
    }
    return { candidates, exclusions };
  };

  const roleReason = (applicant: Applicant, role: 'mentor' | 'mentee' | 'peer'): string => {
    const others = role === 'mentee' ? mentors : role === 'mentor' ? mentees : peers;
    const otherWord = role === 'mentee' ? 'mentor' : role === 'mentor' ? 'mentee' : 'peer';
    const pool = others.filter((other) => other.id !== applicant.id);
    if (pool.length === 0) return `no ${otherWord} applied who could take part`;
    const { candidates, exclusions } = optionsOf(applicant, role);
    if (candidates.length === 0) {
      const parts = [...exclusions].sort((a, b) => b[1] - a[1]).map(([why, count]) => `${count} ${EXCLUSION_WORDS[why]}`);
      if (exclusions.size === 1 && exclusions.has('same-institution'))
        return `only ${otherWord}s from the same institution (${pool.length})`;
      return `every ${otherWord} is ruled out: ${andList(parts)}`;
    }
    if (role === 'mentee') {
      const full = candidates.every((mentor) => (load.get(mentor.id) ?? 0) >= input.capacity(mentor));
      const theyAre = candidates.length === 1 ? 'the one possible mentor is' : `all ${candidates.length} possible mentors are`;
      return full
        ? `no mentor with capacity: ${theyAre} full with other mentees`
        : `no mentor with capacity left without leaving another mentee unmatched (${plural(candidates.length, 'possible mentor')})`;
    }
    return `every possible ${otherWord} (${candidates.length}) is paired with someone else, and more pairs cannot be formed`;
  };

  const unmatched: UnmatchedApplication[] = [];
  for (const applicant of input.applicants) {
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
  return unmatched;
}
