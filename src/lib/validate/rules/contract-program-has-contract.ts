import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Contracts exist only in programs whose documents have a written contract (program.yaml `contract`). */
export const contractProgramHasContract: Rule = {
  id: 'contract-program-has-contract',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program || program.data.contract) continue;
      report(
        contract.file,
        { path: [], target: 'parent' },
        `${program.data.name} has no written contract; record what the program tracks (steps, check-ins, contact hours, evaluations) in the pairing, and remove this file.`,
      );
    }
  },
};
