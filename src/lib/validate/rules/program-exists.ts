import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Pairings, contracts and guideline pages belong to a program that has a program.yaml. */
export const programExists: Rule = {
  id: 'program-exists',
  check({ repository, programFolders, report }) {
    const message = (program: string) =>
      `There is no program "${program}": content/programs/${program}/program.yaml does not exist. Check the folder name, or add the program first.`;
    for (const records of [repository.pairings, repository.contracts]) {
      for (const [key, record] of records) {
        const program = programOfKey(key);
        if (!programFolders.has(program)) report(record.file, { path: ['program'] }, message(program));
      }
    }
    for (const page of repository.guidelines.values()) {
      if (!programFolders.has(page.program)) report(page.file, { line: 1, column: 1 }, message(page.program));
    }
  },
};
