import { presentPeopleWithRoles, type NamedPerson } from './people.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * Within one program, a person (by email, ignoring case) is in at most one
 * active pairing. Every pairing involved gets the diagnostic, each naming the
 * other file: a pull request validating only its own changed file must fail
 * whichever of the two files it touches.
 */
export const oneActivePairing: Rule = {
  id: 'pairing-one-active-per-person',
  check({ repository, report }) {
    const seats = new Map<string, { file: string; person: NamedPerson }[]>(); // '<program>\0<email>' -> active pairings naming that person
    const sorted = [...repository.pairings].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [key, pairing] of sorted) {
      if (pairing.data.status !== 'active') continue;
      const program = programOfKey(key);
      for (const person of presentPeopleWithRoles(pairing.data)) {
        const id = `${program}\0${person.email.trim().toLowerCase()}`;
        const list = seats.get(id) ?? [];
        list.push({ file: pairing.file, person });
        seats.set(id, list);
      }
    }
    for (const list of seats.values()) {
      const files = [...new Set(list.map((seat) => seat.file))];
      if (files.length < 2) continue; // the same file twice is distinct-people's finding
      for (const { file, person } of list) {
        const others = files.filter((other) => other !== file).join(', ');
        report(file, { path: [...person.path, 'email'] }, `This ${person.role} is already in another active pairing of the program (${others}); end or reassign that pairing first.`);
      }
    }
  },
};
