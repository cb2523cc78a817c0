/**
 * The static paths of every per-program route (/<program>/...): one entry per
 * program in the content collection, with the program's data as the page's
 * `program` prop. The overview, contract form, calendar and statistics pages
 * all build from this list, so they exist for exactly the same programs.
 */
import { getCollection } from 'astro:content';
import type { Program } from '../lib/types.generated.ts';

export interface ProgramPath {
  params: { program: string };
  props: { program: Program };
}

export async function programPaths(): Promise<ProgramPath[]> {
  const programs = await getCollection('programs');
  return programs.map((entry) => ({ params: { program: entry.id }, props: { program: entry.data } }));
}

/** The programs whose documents have a written contract: only they get a contract form page (ALCTS has none). */
export async function contractProgramPaths(): Promise<ProgramPath[]> {
  return (await programPaths()).filter((path) => path.props.program.contract !== undefined);
}
