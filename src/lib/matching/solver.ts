/**
 * The optimisation behind `npm run match`: a maximum-weight b-matching solved
 * with HiGHS (the Edinburgh LP/MIP solver, compiled to WebAssembly; npm
 * `highs`). Nodes are application roles (a mentor node with its capacity, a
 * mentee node, a peer node); an edge is an allowed pair with weight
 * `big + fit`, `big` large enough that one more pair always outweighs any fit,
 * so the optimum first matches as many as possible, then has the best total fit.
 *
 * Mentor-mentee graphs are bipartite, whose matching polytope is integral, so
 * the LP solved by column generation (start from each node's best edges, add
 * every edge with a positive reduced cost, repeat) reaches the optimum over
 * all edges without writing them all into the model; a final MIP over the
 * chosen columns makes the answer integral even where extra rows (a pair of
 * "both" applicants mentoring each other) break the polytope's integrality.
 * Peer graphs are general graphs: they are solved as a MIP over every edge.
 */
import loadHighs from 'highs';

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
  /** Bipartite graphs may use column generation; general graphs are solved whole. */
  bipartite: boolean;
}

export interface SolverResult {
  /** Indices into `edges` of the chosen edges, ascending. */
  chosen: number[];
  objective: number;
  /** Columns the final model held (all edges when solved whole). */
  columns: number;
  iterations: number;
}

export class InfeasibleError extends Error {
  override name = 'InfeasibleError';
}

let highsPromise: Promise<Highs> | undefined;
/** HiGHS, loaded once per process. */
export const highs = (): Promise<Highs> => (highsPromise ??= loadHighs());

const START_PER_NODE = 10;
const ADD_PER_NODE = 5;

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

function solveText(solver: Highs, text: string, integral: boolean) {
  const result = solver.solve(text, {
    output_flag: false,
    ...(integral ? { mip_rel_gap: 0, mip_abs_gap: 1e-6 } : { solver: 'simplex' }),
  });
  if (result.Status === 'Infeasible')
    throw new InfeasibleError('The pinned pairs cannot all be kept together (a capacity or role would be exceeded).');
  if (result.Status !== 'Optimal') throw new Error(`The solver stopped without an optimum (${result.Status}).`);
  return result;
}

/** The best edges of every node, and every pinned edge: where column generation starts. */
function startingColumns(problem: SolverProblem): Set<number> {
  const byNode: number[][] = problem.capacities.map(() => []);
  problem.edges.forEach((edge, index) => {
    byNode[edge.a]!.push(index);
    byNode[edge.b]!.push(index);
  });
  const columns = new Set<number>();
  problem.edges.forEach((edge, index) => {
    if (edge.fixed) columns.add(index);
  });
  for (const list of byNode) {
    list.sort((x, y) => problem.edges[y]!.weight - problem.edges[x]!.weight || x - y);
    for (const index of list.slice(0, START_PER_NODE)) columns.add(index);
  }
  return columns;
}

/** Solves the problem exactly. `wholeModel` skips column generation (the benchmark's reference). */
export async function solveMatching(
  problem: SolverProblem,
  options: { wholeModel?: boolean; relaxation?: boolean } = {},
): Promise<SolverResult> {
  const solver = await highs();
  const all = problem.edges.map((_, index) => index);
  if (!problem.bipartite || options.wholeModel) {
    const integral = !options.relaxation;
    const result = solveText(solver, modelText(problem, all, integral), integral);
    return { chosen: chosenOf(result.Columns, all), objective: result.ObjectiveValue, columns: all.length, iterations: 1 };
  }

  const columns = startingColumns(problem);
  let iterations = 0;
  let last: { ordered: number[]; values: Record<string, { Primal: number }>; objective: number } | undefined;
  for (;;) {
    iterations += 1;
    const ordered = [...columns].sort((x, y) => x - y);
    const result = solveText(solver, modelText(problem, ordered, false), false);
    last = { ordered, values: result.Columns, objective: result.ObjectiveValue };
    // An LP solve: its rows carry names and duals.
    const rows = result.Rows as Array<{ Name: string; Dual: number }>;
    const dual = new Map<string, number>(rows.map((row) => [row.Name, row.Dual]));
    const best: Array<Array<[number, number]>> = problem.capacities.map(() => []);
    problem.edges.forEach((edge, index) => {
      if (columns.has(index)) return;
      const reduced = edge.weight - (dual.get(`n${edge.a}`) ?? 0) - (dual.get(`n${edge.b}`) ?? 0);
      if (reduced > 1e-7) {
        best[edge.a]!.push([reduced, index]);
        best[edge.b]!.push([reduced, index]);
      }
    });
    let added = 0;
    for (const list of best) {
      list.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
      for (const [, index] of list.slice(0, ADD_PER_NODE)) {
        if (!columns.has(index)) {
          columns.add(index);
          added += 1;
        }
      }
    }
    if (added === 0) break;
  }
  // A basic optimum of a bipartite matching LP is integral; the MIP is only needed where extra rows broke that.
  const integral = last.ordered.every((index) => {
    const value = last.values[`x${index}`]?.Primal ?? 0;
    return Math.abs(value) < 1e-6 || Math.abs(value - 1) < 1e-6;
  });
  if (integral) return { chosen: chosenOf(last.values, last.ordered), objective: last.objective, columns: last.ordered.length, iterations };
  const ordered = [...columns].sort((x, y) => x - y);
  const result = solveText(solver, modelText(problem, ordered, true), true);
  return { chosen: chosenOf(result.Columns, ordered), objective: result.ObjectiveValue, columns: ordered.length, iterations };
}

function chosenOf(values: Record<string, { Primal: number }>, columns: readonly number[]): number[] {
  return columns.filter((index) => (values[`x${index}`]?.Primal ?? 0) > 0.5);
}
