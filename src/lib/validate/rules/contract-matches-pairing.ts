import { presentPeopleWithRoles, sameEmail, sameName } from './people.ts';
import type { Rule } from './rule.ts';

/** The contract names the people of its pairing, in the same roles, and has the same kind. */
export const contractMatchesPairing: Rule = {
  id: 'contract-matches-pairing',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const pairing = repository.pairings.get(key);
      if (!pairing) continue;
      if (contract.data.kind !== pairing.data.kind) {
        report(
          contract.file,
          { path: ['kind'] },
          `Kind "${contract.data.kind}" differs from the pairing's kind "${pairing.data.kind}" (${pairing.file}).`,
        );
      }
      const people = presentPeopleWithRoles(pairing.data);
      contract.data.parties.forEach((party, index) => {
        const who = `party ${index + 1}`;
        const person = people.find((candidate) => sameEmail(candidate.email, party.email));
        if (!person) {
          report(
            contract.file,
            { path: ['parties', index, 'email'] },
            `The email of ${who} is not the email of anyone in the pairing (${pairing.file}).`,
          );
          return;
        }
        if (!sameName(person.name, party.name)) {
          report(
            contract.file,
            { path: ['parties', index, 'name'] },
            `The name of ${who} differs from the name the pairing gives this person (${pairing.file}).`,
          );
        }
        if (person.role !== party.role) {
          report(
            contract.file,
            { path: ['parties', index, 'role'] },
            `The role of ${who} is ${party.role}, but the pairing names this person as ${person.role} (${pairing.file}).`,
          );
        }
      });
    }
  },
};
