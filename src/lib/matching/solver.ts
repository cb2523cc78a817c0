/**
 * HiGHS (the Edinburgh LP/MIP solver, compiled to WebAssembly; npm `highs`),
 * loaded once, and the matching problems it solves whole: a maximum-weight
 * b-matching over a list of edges as one MIP. Nodes are application roles (a
 * mentor node with its capacity, a mentee node, a peer node); an edge is an
 * allowed pair with weight `big + fit`, `big` large enough that one more pair
 * always outweighs any fit, so the optimum first matches as many as possible,
 * then has the best total fit.
 *
 * Peer graphs are general graphs and are solved this way. Mentor-mentee
 * graphs, which grow with the square of the applicants, go through column
 * generation instead (bipartite.ts); the whole model is the benchmark's and
 * the tests' exact reference for them.
 */
import type loadHighs from 'highs';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

export interface SolverEdge {
  /** Node indices; for a bipartite graph `a` is the mentor node and `b` the mentee node. */
  a: number;
  b: number;
  weight: number;
  /** Pinned: the edge must be in the answer. */
  fixed: boolean;
}

export interface SolverProblem {
  capacities: readonly number[];
  edges: readonly SolverEdge[];
  /** Pairs of edge indices of which at most one may be chosen. */
  exclusive: readonly (readonly [number, number])[];
}

export interface SolverResult {
  /** Indices into `edges` of the chosen edges, ascending. */
  chosen: number[];
  objective: number;
  /** Columns the model held: every edge. */
  columns: number;
  iterations: number;
}

export class InfeasibleError extends Error {
  override name = 'InfeasibleError';
}

let highsPromise: Promise<Highs> | undefined;
/** HiGHS, loaded once per process, on the first solve: not with the script (`--help`, a run stopped by invalid applications). */
export const highs = (): Promise<Highs> => (highsPromise ??= import('highs').then((module) => module.default()));

function modelText(problem: SolverProblem, columns: readonly number[], integral: boolean): string {
  const { capacities, edges } = problem;
  const rows: string[][] = capacities.map(() => []);
  const objective: string[] = [];
  for (const index of columns) {
    const edge = edges[index]!;
    objective.push(`${edge.weight} x${index}`);
    rows[edge.a]!.push(`x${index}`);
    rows[edge.b]!.push(`x${index}`);
  }
  const inModel = new Set(columns);
  let text = `Maximize\n obj: ${objective.length > 0 ? objective.join(' + ') : '0 x_none'}\nSubject To\n`;
  rows.forEach((row, node) => {
    if (row.length > 0) text += ` n${node}: ${row.join(' + ')} <= ${capacities[node]}\n`;
  });
  problem.exclusive.forEach(([first, second], index) => {
    if (inModel.has(first) && inModel.has(second)) text += ` p${index}: x${first} + x${second} <= 1\n`;
  });
  if (objective.length === 0) text += ' none: x_none <= 0\n';
  text += 'Bounds\n';
  for (const index of columns) text += ` ${edges[index]!.fixed ? 1 : 0} <= x${index} <= 1\n`;
  if (integral && columns.length > 0) text += `Binary\n ${columns.map((index) => `x${index}`).join(' ')}\n`;
  return `${text}End\n`;
}

export function solveLpText(solver: Highs, text: string, integral: boolean) {
  const result = solver.solve(text, {
    output_flag: false,
    ...(integral ? { mip_rel_gap: 0, mip_abs_gap: 1e-6 } : { solver: 'simplex' }),
  });
  if (result.Status === 'Infeasible')
    throw new InfeasibleError('The pinned pairs cannot all be kept together (a capacity or role would be exceeded).');
  if (result.Status !== 'Optimal') throw new Error(`The solver stopped without an optimum (${result.Status}).`);
  return result;
}

/** Solves the problem exactly, every edge in one MIP. */
export async function solveMatching(problem: SolverProblem): Promise<SolverResult> {
  const solver = await highs();
  const all = problem.edges.map((_, index) => index);
  const result = solveLpText(solver, modelText(problem, all, true), true);
  return { chosen: chosenOf(result.Columns, all), objective: result.ObjectiveValue, columns: all.length, iterations: 1 };
}

function chosenOf(values: Record<string, { Primal: number }>, columns: readonly number[]): number[] {
  return columns.filter((index) => (values[`x${index}`]?.Primal ?? 0) > 0.5);
}
