/**
 * The repository's programs, read the way the tests of this folder need
 * them: typed, from content/programs/, without going through the validator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Program } from '../../src/lib/types.generated.ts';

export const PROGRAMS_DIR = 'content/programs';

export function repositoryPrograms(): Program[] {
  const programs = readdirSync(PROGRAMS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => parse(readFileSync(join(PROGRAMS_DIR, entry.name, 'program.yaml'), 'utf8'), { schema: 'core' }) as Program);
  // Tests loop over these: an empty list would let every such loop pass without checking anything.
  if (programs.length === 0) throw new Error(`no programs in ${PROGRAMS_DIR}`);
  return programs;
}

export function repositoryProgram(id: string): Program {
  const program = repositoryPrograms().find((candidate) => candidate.id === id);
  if (!program) throw new Error(`no program ${id} in ${PROGRAMS_DIR}`);
  return program;
}
