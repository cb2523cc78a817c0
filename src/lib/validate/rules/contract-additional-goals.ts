import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Additional goals only where the program allows them. */
export const contractAdditionalGoals: Rule = {
  id: 'contract-additional-goals',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program || program.data.contract.additionalGoals) continue;
      if ((contract.data.additionalGoals?.length ?? 0) > 0) {
        report(contract.file, { path: ['additionalGoals'], target: 'key' }, `${program.data.name} does not take additional goals; list at most ${program.data.contract.goals.max} goals under goals.`);
      }
    }
  },
};
