import { rulesForContract } from '../../program/contract-rules.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Additional goals only where the program allows them. */
export const contractAdditionalGoals: Rule = {
  id: 'contract-additional-goals',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program || (contract.data.additionalGoals?.length ?? 0) === 0) continue;
      const rules = rulesForContract(program.data, contract.data);
      if (!rules || rules.additionalGoals) continue;
      const max = rules.goals ? `list at most ${rules.goals.max} goals under goals` : 'list every goal under goals';
      report(contract.file, { path: ['additionalGoals'], target: 'key' }, `${program.data.name} does not take additional goals; ${max}.`);
    }
  },
};
