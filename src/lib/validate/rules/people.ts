/** The people a pairing names, with their role and where they sit in the file. */
import type { Pairing } from '../../types.generated.ts';
import type { DataPath } from '../../yaml/index.ts';

type Role = 'mentor' | 'mentee' | 'peer';

export interface NamedPerson {
  role: Role;
  name: string;
  email: string;
  path: DataPath;
}

/** The last pairing asked about and its people: the rules asking run one after another on each pairing (see rules/index.ts). */
let last: { pairing: Pairing; people: readonly NamedPerson[] } | undefined;

/**
 * Everyone the pairing file names, whatever its kind, so that rules also see a
 * person written under the wrong role. Worked out once per pairing (several
 * rules ask in a row); treat the list as read-only.
 */
export function presentPeopleWithRoles(pairing: Pairing): readonly NamedPerson[] {
  if (last?.pairing === pairing) return last.people;
  const people: NamedPerson[] = [];
  if (pairing.mentor) people.push({ role: 'mentor', ...pairing.mentor, path: ['mentor'] });
  if (pairing.mentee) people.push({ role: 'mentee', ...pairing.mentee, path: ['mentee'] });
  pairing.peers?.forEach((peer, index) => people.push({ role: 'peer', ...peer, path: ['peers', index] }));
  last = { pairing, people };
  return people;
}

// Both compare equal text first: the usual case, and it skips normalizing thousands of strings.

/** Emails compare without case: Ada.Okafor@Example.edu and ada.okafor@example.edu are one person. */
export const sameEmail = (a: string, b: string): boolean => a === b || a.trim().toLowerCase() === b.trim().toLowerCase();

/** Names compare ignoring case and repeated spaces. */
export const sameName = (a: string, b: string): boolean =>
  a === b || a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
