import { factEntries, isCovered, sourceRows } from '../../program/fact-keys.ts';
import type { Rule } from './rule.ts';

/**
 * Every fact a program.yaml states has a row in the program's SOURCES.md
 * naming the sentence of its documents it comes from, and SOURCES.md names no
 * key the program.yaml does not have (a stale row would hide a missing one).
 * A missing SOURCES.md is reported only when the run has the whole repository.
 */
export const programSources: Rule = {
  id: 'program-sources',
  check({ repository, wholeRepository, report }) {
    for (const [id, { file, data }] of repository.programs) {
      const sources = repository.sources.get(id);
      const sourcesFile = `content/programs/${id}/SOURCES.md`;
      if (!sources) {
        if (wholeRepository)
          report(
            file,
            { line: 1, column: 1 },
            `The program has no ${sourcesFile}: write one with a row for each key of program.yaml, naming the sentence of the program's documents it comes from.`,
          );
        continue;
      }
      const entries = factEntries(data);
      const rows = sourceRows(sources.text);
      const keys = rows.map((row) => row.key);
      for (const entry of entries) {
        if (!isCovered(entry.key, keys))
          report(
            file,
            { path: entry.path, target: 'key' },
            `${entry.key} has no row in ${sourcesFile}: add one naming the sentence of the program's documents it comes from, or remove the key.`,
          );
      }
      for (const row of rows) {
        if (!entries.some((entry) => entry.key === row.key || entry.key.startsWith(`${row.key}.`)))
          report(
            sources.file,
            { line: row.line, column: 1 },
            `The row for ${row.key} names a key program.yaml does not have: remove the row, or correct its key.`,
          );
      }
    }
  },
};
