// The schema files, not the compiled validators: this rule also runs in the browser's form check, without ajv's compiler.
import { schemaRegistry } from '../../schema-files.ts';
import { idOfKey, programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

const recordIdPattern = new RegExp(
  String((schemaRegistry.get('common.schema.json')!.$defs as Record<string, { pattern: string }>).recordId!.pattern),
);

/** A program's and its statistics' place agrees with what they say: the program folder. */
export const programPathMatches: Rule = {
  id: 'path-matches',
  check({ repository, report }) {
    for (const [folder, program] of repository.programs) {
      if (program.data.id !== folder) {
        report(
          program.file,
          { path: ['id'] },
          `Program id "${program.data.id}" does not match its folder content/programs/${folder}/; the id must be the folder's name.`,
        );
      }
    }
    for (const [folder, statistics] of repository.statistics) {
      if (statistics.data.program !== folder) {
        report(
          statistics.file,
          { path: ['program'] },
          `Program "${statistics.data.program}" does not match the folder content/programs/${folder}/; the statistics belong to the program whose folder holds them.`,
        );
      }
    }
  },
};

/** A pairing's and a contract's place agrees with what they say: program folder, and the pairing id as the file name. */
export const recordPathMatches: Rule = {
  id: 'path-matches',
  check({ repository, report }) {
    for (const [kind, records] of [
      ['pairings', repository.pairings],
      ['contracts', repository.contracts],
    ] as const) {
      for (const [key, record] of records) {
        const folder = programOfKey(key);
        const id = idOfKey(key);
        if (record.data.program !== folder) {
          report(
            record.file,
            { path: ['program'] },
            `Program "${record.data.program}" does not match the folder content/${kind}/${folder}/; move the file or correct the program.`,
          );
        }
        if (!recordIdPattern.test(id)) {
          report(
            record.file,
            { line: 1, column: 1 },
            'The file name is not a pairing id: the cycle year and the two surnames, lowercase, joined by hyphens (for example 2026-lee-okafor.yaml).',
          );
        }
      }
    }
    for (const [key, contract] of repository.contracts) {
      const id = idOfKey(key);
      if (contract.data.pairing !== id) {
        report(
          contract.file,
          { path: ['pairing'] },
          `Pairing "${contract.data.pairing}" does not match the file name ${id}.yaml; a contract is named after its pairing.`,
        );
      }
    }
  },
};

/** The file's place agrees with what it says, for every file (the online form's check of a draft). */
export const pathMatches: Rule = {
  id: 'path-matches',
  check(context) {
    programPathMatches.check(context);
    recordPathMatches.check(context);
  },
};
