import { pairingPeople } from './people.ts';
import type { Rule } from './rule.ts';

/** Within one program, a person (by email, ignoring case) is in at most one active pairing. */
export const oneActivePairing: Rule = {
  id: 'pairing-one-active-per-person',
  description: 'Within one program, nobody (by email, ignoring case) is in two active pairings at once.',
  check({ repository, report }) {
    const firstSeen = new Map<string, string>(); // '<program>\0<email>' -> file of the first active pairing
    const sorted = [...repository.pairings].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [key, pairing] of sorted) {
      if (pairing.data.status !== 'active') continue;
      const program = key.split('/')[0]!;
      for (const person of pairingPeople(pairing.data)) {
        const id = `${program}\0${person.email.trim().toLowerCase()}`;
        const earlier = firstSeen.get(id);
        if (earlier === undefined) firstSeen.set(id, pairing.file);
        else if (earlier !== pairing.file) {
          report(pairing.file, { path: [...person.path, 'email'] }, `This ${person.role} is already in another active pairing of the program (${earlier}); end or reassign that pairing first.`);
        }
      }
    }
  },
};
