import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** The duration is within the program's limits; above its suggested longest is a warning. */
export const contractDuration: Rule = {
  id: 'contract-duration',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program) continue;
      const { min, max, recommendedMax } = program.data.contract.durationMonths;
      const months = contract.data.durationMonths;
      const where = { path: ['durationMonths'] };
      if (months < min) report(contract.file, where, `Duration of ${months} months is shorter than ${program.data.name}'s shortest, ${min} months.`);
      else if (months > max) report(contract.file, where, `Duration of ${months} months is longer than ${program.data.name}'s longest, ${max} months.`);
      else if (recommendedMax !== undefined && months > recommendedMax) {
        report(contract.file, where, `Duration of ${months} months is longer than the ${recommendedMax} months ${program.data.name} suggests; check that this is intended.`, 'warning');
      }
    }
  },
};
