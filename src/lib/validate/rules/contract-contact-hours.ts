import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Where the program sets a minimum of contact hours, a contract that states its hours commits to at least that. */
export const contractContactHours: Rule = {
  id: 'contract-contact-hours',
  description: "Where the program sets contactHours.min, a contract's contactHours are at least that.",
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      const minimum = program?.data.contactHours?.min;
      const hours = contract.data.contactHours;
      if (!program || minimum === undefined || hours === undefined) continue;
      if (hours < minimum) {
        report(contract.file, { path: ['contactHours'] }, `Committed contact hours (${hours}) are fewer than ${program.data.name}'s minimum of ${minimum}.`);
      }
    }
  },
};
