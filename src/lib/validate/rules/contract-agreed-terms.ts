import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** The agreement fields a program's form asks for, and the program property that asks for each. */
const AGREED = [
  { field: 'commonGoal', label: 'Common goal', asks: 'the common goal the pair works toward' },
  { field: 'timeCommitment', label: 'Time both can devote', asks: 'the time both can devote to the program' },
] as const;

/**
 * Where a program's agreement records what the pair agreed on beyond the
 * meetings (CALA: "achieve a common goal", "agree on the time that both of you
 * can devote"), the contract says it; a program that does not ask takes none.
 */
export const contractAgreedTerms: Rule = {
  id: 'contract-agreed-terms',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program?.data.contract) continue;
      for (const { field, label, asks } of AGREED) {
        const asked = program.data.contract[field] === true;
        const given = contract.data[field] !== undefined;
        if (asked && !given) {
          report(
            contract.file,
            { path: [], target: 'parent' },
            `Missing ${label} ("${field}"): ${program.data.name}'s agreement records ${asks}.`,
          );
        } else if (!asked && given) {
          report(contract.file, { path: [field], target: 'key' }, `${program.data.name}'s form does not ask for ${asks}; remove ${field}.`);
        }
      }
    }
  },
};
