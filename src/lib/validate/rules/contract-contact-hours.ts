import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Where the program sets a minimum of contact hours, the contract commits to at least that (its form asks for the hours). */
export const contractContactHours: Rule = {
  id: 'contract-contact-hours',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      const minimum = program?.data.contactHours?.min;
      if (!program || minimum === undefined) continue;
      const hours = contract.data.contactHours;
      if (hours === undefined) {
        report(
          contract.file,
          { path: [], target: 'parent' },
          `Missing Committed contact hours ("contactHours"): ${program.data.name} asks each pair to commit to at least ${minimum} hours.`,
        );
      } else if (hours < minimum) {
        report(
          contract.file,
          { path: ['contactHours'] },
          `Committed contact hours (${hours}) are fewer than ${program.data.name}'s minimum of ${minimum}.`,
        );
      }
    }
  },
};
