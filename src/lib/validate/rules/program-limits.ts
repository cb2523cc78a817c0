import type { Rule } from './rule.ts';

/** A program's own limits make sense: each minimum at most its maximum. */
export const programLimits: Rule = {
  id: 'program-limits',
  check({ repository, report }) {
    for (const program of repository.programs.values()) {
      const { goals, durationMonths } = program.data.contract;
      if (goals.min > goals.max) report(program.file, { path: ['contract', 'goals'] }, `Number of goals: at least (${goals.min}) is more than at most (${goals.max}).`);
      if (durationMonths.min > durationMonths.max) {
        report(program.file, { path: ['contract', 'durationMonths'] }, `Duration in months: shortest (${durationMonths.min}) is longer than longest (${durationMonths.max}).`);
      }
      const suggested = durationMonths.recommendedMax;
      if (suggested !== undefined && (suggested < durationMonths.min || suggested > durationMonths.max)) {
        report(program.file, { path: ['contract', 'durationMonths', 'recommendedMax'] }, `Suggested longest (${suggested}) is outside the shortest-to-longest range (${durationMonths.min} to ${durationMonths.max}).`);
      }
    }
  },
};
