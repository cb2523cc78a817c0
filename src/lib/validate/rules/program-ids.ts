import type { DataPath } from '../../yaml/index.ts';
import type { Rule } from './rule.ts';

/**
 * A program's own lists are consistent: step, evaluation, cohort and revision
 * ids are each used once; the application step is one of the steps;
 * revisions come into force in order, the current one
 * last; a cohort's dates run forward.
 */
export const programIds: Rule = {
  id: 'program-ids',
  check({ repository, report }) {
    for (const program of repository.programs.values()) {
      const { data, file } = program;
      const unique = (list: readonly { id: string }[] | undefined, at: DataPath, what: string): void => {
        const seen = new Set<string>();
        list?.forEach((item, index) => {
          if (seen.has(item.id))
            report(
              file,
              { path: [...at, index, 'id'] },
              `${what} id "${item.id}" is used twice; give each ${what.toLowerCase()} its own id.`,
            );
          seen.add(item.id);
        });
      };
      unique(data.steps, ['steps'], 'Step');
      const applicationStep = data.applications?.step;
      if (applicationStep !== undefined && !(data.steps ?? []).some((step) => step.id === applicationStep))
        report(
          file,
          { path: ['applications', 'step'] },
          `Step "${applicationStep}" is not one of the program's steps; add it under steps or use one of theirs.`,
        );
      unique(data.evaluations, ['evaluations'], 'Evaluation');
      unique(data.cohorts, ['cohorts'], 'Cohort');
      const revisions = [...(data.contract?.revisions ?? []), ...(data.contract?.revision ? [data.contract.revision] : [])];
      unique(revisions, ['contract', 'revisions'], 'Revision');
      let previous = '';
      revisions.forEach((revision, index) => {
        const at: DataPath =
          index < (data.contract?.revisions?.length ?? 0) ? ['contract', 'revisions', index, 'from'] : ['contract', 'revision', 'from'];
        if (revision.from === undefined) {
          if (index > 0)
            report(
              file,
              { path: at.slice(0, -1), target: 'key' },
              'Only the first revision may leave out from: say the day this revision came into force.',
            );
          return;
        }
        if (revision.from <= previous)
          report(
            file,
            { path: at },
            `This revision comes into force on or before the previous one (${previous}); list revisions oldest first.`,
          );
        previous = revision.from;
      });
      data.cohorts?.forEach((cohort, index) => {
        for (const part of ['term', 'orientation'] as const) {
          const range = cohort[part];
          if (range && range.end < range.start)
            report(
              file,
              { path: ['cohorts', index, part, 'end'] },
              `The cohort's ${part} ends (${range.end}) before it starts (${range.start}).`,
            );
        }
        if (!/^[0-9]{4}/.test(cohort.id)) return;
        const year = cohort.id.slice(0, 4);
        if (cohort.term && cohort.term.start.slice(0, 4) !== year)
          report(
            file,
            { path: ['cohorts', index, 'term', 'start'] },
            `Cohort ${cohort.id}'s term starts in ${cohort.term.start.slice(0, 4)}, not in its year ${year}.`,
          );
      });
    }
  },
};
