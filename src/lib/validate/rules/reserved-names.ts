import { isReservedGuidelineName, isReservedProgramName, PROGRAM_PAGE_NAMES } from '../../reserved-pages.ts';
import type { Rule } from './rule.ts';

const PROGRAMS_FOLDER = 'content/programs/';

const GUIDELINE_PATH = /^content\/programs\/([^/]+)\/guidelines\/([^/]+)\.mdx$/;
const PROGRAM_PATH = /^content\/programs\/([^/]+)\/program\.yaml$/;

/** A guideline page is not named like another page of its program (its URL would collide with it). */
export const guidelineReservedName: Rule = {
  id: 'guideline-reserved-name',
  check({ paths, report }) {
    for (const path of paths) {
      if (!path.startsWith(PROGRAMS_FOLDER)) continue; // the regular expression below, for every pairing and contract, is measurable
      const match = GUIDELINE_PATH.exec(path);
      if (!match || !isReservedGuidelineName(match[2]!)) continue;
      report(
        path,
        { line: 1, column: 1 },
        `The file name "${match[2]}" is taken by another page of the program (/${match[1]}/${match[2]}/); rename the guideline file. Names the site keeps: ${PROGRAM_PAGE_NAMES.join(', ')}.`,
      );
    }
  },
};

/** A program's folder (its id, and its URL) is not the name of a page at the site's root. */
export const programReservedName: Rule = {
  id: 'program-reserved-name',
  check({ paths, repository, report }) {
    for (const path of paths) {
      if (!path.startsWith(PROGRAMS_FOLDER)) continue; // the regular expression below, for every pairing and contract, is measurable
      const folder = PROGRAM_PATH.exec(path)?.[1];
      if (folder === undefined || !isReservedProgramName(folder)) continue;
      const where = repository.programs.has(folder) ? { path: ['id'] } : { line: 1, column: 1 };
      report(
        path,
        where,
        `The program id "${folder}" is the name of a page of the site (/${folder}/); choose another id and rename the folder.`,
      );
    }
  },
};
