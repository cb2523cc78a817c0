import type { Program } from '../../types.generated.ts';
import type { DataPath } from '../../yaml/index.ts';
import type { Rule } from './rule.ts';

type Limits = { goals?: { min: number; max: number }; durationMonths?: { min?: number; max?: number; recommendedMax?: number } };

/** A program's own limits make sense: each minimum at most its maximum, in its current rules and in every earlier revision. */
export const programLimits: Rule = {
  id: 'program-limits',
  check({ repository, report }) {
    for (const program of repository.programs.values()) {
      const check = (limits: Limits, at: DataPath): void => {
        const { goals, durationMonths } = limits;
        if (goals && goals.min > goals.max)
          report(program.file, { path: [...at, 'goals'] }, `Number of goals: at least (${goals.min}) is more than at most (${goals.max}).`);
        if (!durationMonths) return;
        const { min, max, recommendedMax } = durationMonths;
        if (min !== undefined && max !== undefined && min > max) {
          report(
            program.file,
            { path: [...at, 'durationMonths'] },
            `Duration in months: shortest (${min}) is longer than longest (${max}).`,
          );
        }
        if (recommendedMax !== undefined && ((min !== undefined && recommendedMax < min) || (max !== undefined && recommendedMax > max))) {
          report(
            program.file,
            { path: [...at, 'durationMonths', 'recommendedMax'] },
            `Suggested longest (${recommendedMax}) is outside the shortest-to-longest range (${min ?? 'no shortest'} to ${max ?? 'no longest'}).`,
          );
        }
      };
      const contract: Program['contract'] = program.data.contract;
      if (!contract) continue;
      check(contract, ['contract']);
      contract.revisions?.forEach((revision, index) => check(revision, ['contract', 'revisions', index]));
    }
  },
};
