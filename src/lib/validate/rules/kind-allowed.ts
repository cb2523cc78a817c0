import type { Rule } from './rule.ts';

/** Pairings and contracts are of a kind the program offers. */
export const kindAllowed: Rule = {
  id: 'kind-allowed',
  description: "A pairing's or contract's kind is among its program's kinds.",
  check({ repository, report }) {
    for (const [key, record] of [...repository.pairings, ...repository.contracts]) {
      const program = repository.programs.get(key.split('/')[0]!);
      if (!program) continue;
      if (!(program.data.kinds as string[]).includes(record.data.kind)) {
        report(record.file, { path: ['kind'] }, `Kind "${record.data.kind}" is not offered by ${program.data.name}; it offers: ${program.data.kinds.join(', ')}.`);
      }
    }
  },
};
