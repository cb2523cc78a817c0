import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** The number of goals is within the program's range. */
export const contractGoalCount: Rule = {
  id: 'contract-goal-count',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program) continue;
      const { min, max } = program.data.contract.goals;
      const count = contract.data.goals.length;
      if (count < min || count > max) {
        const range = min === max ? `exactly ${min}` : `${min} to ${max}`;
        report(contract.file, { path: ['goals'] }, `The contract lists ${count} goal${count === 1 ? '' : 's'}; ${program.data.name} asks for ${range}.${count > max && program.data.contract.additionalGoals ? ' Move the others to additionalGoals.' : ''}`);
      }
    }
  },
};
