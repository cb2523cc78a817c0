import { rulesForContract } from '../../program/contract-rules.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Where the program's form numbers its goals, the contract lists them, within the range of the revision it was signed on. */
export const contractGoalCount: Rule = {
  id: 'contract-goal-count',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program) continue;
      const rules = rulesForContract(program.data, contract.data);
      if (!rules?.goals) continue;
      const { min, max } = rules.goals;
      const goals = contract.data.goals;
      if (goals === undefined) {
        report(
          contract.file,
          { path: [], target: 'parent' },
          `Missing Goals ("goals"): ${program.data.name}'s form asks for ${min === max ? min : `${min} to ${max}`} goals.`,
        );
        continue;
      }
      const count = goals.length;
      if (count < min || count > max) {
        const range = min === max ? `exactly ${min}` : `${min} to ${max}`;
        report(
          contract.file,
          { path: ['goals'] },
          `The contract lists ${count} goal${count === 1 ? '' : 's'}; ${program.data.name} asks for ${range}.${count > max && rules.additionalGoals ? ' Move the others to additionalGoals.' : ''}`,
        );
      }
    }
  },
};
