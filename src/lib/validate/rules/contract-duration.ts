import { rulesForContract } from '../../program/contract-rules.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * Where the program's form asks for a duration, the contract gives one, within
 * the limits the program sets; above its suggested longest is a warning only,
 * since the pair decides (ALAO: "the choice is ultimately up to the mentor/mentee").
 */
export const contractDuration: Rule = {
  id: 'contract-duration',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program) continue;
      const limits = rulesForContract(program.data, contract.data)?.durationMonths;
      if (!limits) continue;
      const { min, max, recommendedMax } = limits;
      const months = contract.data.durationMonths;
      if (months === undefined) {
        report(
          contract.file,
          { path: [], target: 'parent' },
          `Missing Duration of commitment ("durationMonths"): ${program.data.name}'s form asks how many months the pair commits to.`,
        );
        continue;
      }
      const where = { path: ['durationMonths'] };
      if (min !== undefined && months < min)
        report(contract.file, where, `Duration of ${months} months is shorter than ${program.data.name}'s shortest, ${min} months.`);
      else if (max !== undefined && months > max)
        report(contract.file, where, `Duration of ${months} months is longer than ${program.data.name}'s longest, ${max} months.`);
      else if (recommendedMax !== undefined && months > recommendedMax) {
        report(
          contract.file,
          where,
          `Duration of ${months} months is longer than the ${recommendedMax} months ${program.data.name} suggests; the choice is the pair's, so check that this is intended.`,
          'warning',
        );
      }
    }
  },
};
