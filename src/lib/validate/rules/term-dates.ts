import { cohortOf, startsInTerm, termOf } from '../../program/terms.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * In programs with a formal term, a pairing's cohort exists, and the
 * relationship starts inside its term: the contract's start, and the
 * pairing's start (or, where none is recorded, the day it became active). The term is the pairing's own year's (a cohort's
 * dates where the program gives them, else the yearly term).
 */
export const termDates: Rule = {
  id: 'term-dates',
  check({ repository, report }) {
    for (const [key, pairing] of repository.pairings) {
      const program = repository.programs.get(programOfKey(key));
      if (!program) continue;
      const cohorts = program.data.cohorts ?? [];
      if (pairing.data.cohort !== undefined && !cohortOf(program.data, pairing.data, repository.contracts.get(key)?.data)) {
        report(
          pairing.file,
          { path: ['cohort'] },
          cohorts.length > 0
            ? `Cohort "${pairing.data.cohort}" is not one of ${program.data.name}'s cohorts; use one of: ${cohorts.map((cohort) => cohort.id).join(', ')}.`
            : `${program.data.name} lists no cohorts; remove cohort.`,
        );
        continue;
      }
      const year = key.slice(key.indexOf('/') + 1, key.indexOf('/') + 5);
      const intakes = cohorts.filter((cohort) => cohort.id === year || cohort.id.startsWith(`${year}-`));
      if (pairing.data.cohort === undefined && intakes.length > 1) {
        report(
          pairing.file,
          { path: [], target: 'parent' },
          `${program.data.name} has ${intakes.length} intakes in ${year} (${intakes.map((cohort) => cohort.id).join(', ')}); add cohort to say which one this pair belongs to.`,
        );
        continue;
      }
      const contract = repository.contracts.get(key);
      const term = termOf(program.data, pairing.data, contract?.data);
      if (!term) continue;
      const whose = term.cohort ? `cohort ${term.cohort}'s term` : 'its term';
      // ALCTS: "Formal mentoring begins June 1": a relationship neither starts before its term nor after it. Its start is
      // the pairing's own `start` where recorded (a pair told in October may start on November 1), else the day it became active.
      const activeIndex = pairing.data.history?.findIndex((change) => change.status === 'active') ?? -1;
      const started = pairing.data.start ?? (activeIndex >= 0 ? pairing.data.history![activeIndex]!.date : undefined);
      if (started && (started > term.end || started < term.start)) {
        const own = pairing.data.start !== undefined;
        report(
          pairing.file,
          { path: own ? ['start'] : ['history', activeIndex, 'date'] },
          `The pairing ${own ? 'starts' : 'became active'} on ${started}, ${started < term.start ? 'before the start' : 'after the end'} of ${whose} (${term.start} to ${term.end}); formal mentoring takes place within the term.`,
        );
      }
      if (contract && !startsInTerm(term, contract.data)) {
        report(
          contract.file,
          { path: ['start'] },
          `The start date is outside ${whose} (${term.start} to ${term.end}); the relationship starts within the formal term.`,
        );
      }
    }
  },
};
