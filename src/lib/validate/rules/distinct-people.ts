import { presentPeopleWithRoles, sameEmail } from './people.ts';
import type { Rule } from './rule.ts';

/** The two people of a contract or pairing are two different people (different emails). */
export const distinctPeople: Rule = {
  id: 'distinct-people',
  check({ repository, report }) {
    for (const contract of repository.contracts.values()) {
      const [first, second] = contract.data.parties;
      if (first && second && sameEmail(first.email, second.email)) {
        report(
          contract.file,
          { path: ['parties', 1, 'email'] },
          'Both parties have the same email address; a contract is signed by two different people.',
        );
      }
    }
    for (const pairing of repository.pairings.values()) {
      const people = presentPeopleWithRoles(pairing.data);
      people.forEach((person, index) => {
        if (people.slice(0, index).some((earlier) => sameEmail(earlier.email, person.email))) {
          report(
            pairing.file,
            { path: [...person.path, 'email'] },
            'Two people of this pairing have the same email address; a pairing matches two different people.',
          );
        }
      });
    }
  },
};
