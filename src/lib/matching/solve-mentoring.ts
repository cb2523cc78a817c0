/**
 * The mentor-mentee half of a proposal, by one of three exact methods that
 * reach the same optimum (tests and the benchmark hold them to it):
 * - `assignment` (the default): the Hungarian method on a sparse candidate
 *   set, proven over every pair by its duals (assignment.ts); where its answer
 *   has two "both" applicants mentoring each other, the LP below takes over;
 * - `column-generation`: HiGHS's LP, priced against every pair (bipartite.ts);
 * - `whole-model`: every allowed pair listed and solved as one MIP (solver.ts),
 *   the reference for small and medium cycles.
 */
import type { Applicant } from './constraints.ts';
import { solveAssignment } from './assignment.ts';
import { solveBipartite, type BipartiteResult } from './bipartite.ts';
import type { PairTable } from './pair-table.ts';
import { solveMatching, type SolverEdge } from './solver.ts';

export interface MentoringInput {
  mentors: readonly Applicant[];
  mentees: readonly Applicant[];
  table: PairTable;
  /** How many mentees a mentor may take (the application's capacity, capped by the program). */
  capacity: (mentor: Applicant) => number;
  /** Pinned pairs as [mentor index, mentee index]. */
  fixed: readonly (readonly [number, number])[];
  method: MentoringMethod;
}

export type MentoringMethod = 'assignment' | 'column-generation' | 'whole-model';

const both = (applicant: Applicant): boolean =>
  applicant.application.roles.includes('mentor') && applicant.application.roles.includes('mentee');

/** Two "both" applicants may not mentor each other: at most one of the two directions, in mentor-major order. */
function mutualPairs(input: MentoringInput): Array<[[number, number], [number, number]]> {
  const { mentors, mentees, table } = input;
  const menteeIndex = new Map(mentees.map((applicant, index) => [applicant.id, index]));
  const mentorIndex = new Map(mentors.map((applicant, index) => [applicant.id, index]));
  const pairs: Array<[[number, number], [number, number]]> = [];
  mentors.forEach((mentor, a) => {
    if (!both(mentor)) return;
    mentees.forEach((mentee, b) => {
      if (!both(mentee) || mentee.id === mentor.id) return;
      const reverseA = mentorIndex.get(mentee.id)!;
      const reverseB = menteeIndex.get(mentor.id)!;
      // Each unordered pair once, from the direction that comes first.
      if (reverseA < a || (reverseA === a && reverseB < b)) return;
      if (table.exclusion(a, b) === undefined && table.exclusion(reverseA, reverseB) === undefined)
        pairs.push([
          [a, b],
          [reverseA, reverseB],
        ]);
    });
  });
  return pairs;
}

export async function solveMentoring(input: MentoringInput): Promise<BipartiteResult> {
  const { mentors, mentees, table } = input;
  const exclusive = mutualPairs(input);
  const left = mentors.map(input.capacity);
  const problem = { left, right: mentees.length, row: (a: number, out: Float64Array) => table.row(a, out), fixed: input.fixed, exclusive };
  if (input.method === 'assignment') {
    const answer = solveAssignment(problem);
    const chosen = new Set(answer.chosen.map(([a, b]) => a * mentees.length + b));
    const id = ([a, b]: readonly [number, number]) => a * mentees.length + b;
    if (!exclusive.some(([x, y]) => chosen.has(id(x)) && chosen.has(id(y)))) return answer;
  }
  if (input.method !== 'whole-model') return solveBipartite(problem);

  const edges: SolverEdge[] = [];
  const edgeOf = new Map<number, number>();
  const row = new Float64Array(mentees.length);
  const fixed = new Set(input.fixed.map(([a, b]) => a * mentees.length + b));
  for (let a = 0; a < mentors.length; a += 1) {
    table.row(a, row);
    row.forEach((weight, b) => {
      if (Number.isNaN(weight)) return;
      edgeOf.set(a * mentees.length + b, edges.length);
      edges.push({ a, b: mentors.length + b, weight, fixed: fixed.has(a * mentees.length + b) });
    });
  }
  const result = await solveMatching({
    capacities: [...left, ...mentees.map(() => 1)],
    edges,
    exclusive: exclusive.map(([x, y]) => [edgeOf.get(x[0] * mentees.length + x[1])!, edgeOf.get(y[0] * mentees.length + y[1])!] as const),
  });
  return {
    chosen: result.chosen.map((index) => [edges[index]!.a, edges[index]!.b - mentors.length]),
    objective: result.objective,
    columns: result.columns,
    candidates: edges.length,
    iterations: result.iterations,
  };
}
