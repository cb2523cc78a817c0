/**
 * The mentor-mentee optimisation without a list of candidate pairs: a
 * maximum-weight b-matching solved by column generation over HiGHS, whose
 * pricing asks for one mentor's row of weights at a time. Candidate pairs grow
 * with the square of the applicants (24 million at 10,000) while the columns
 * the LP needs grow with the applicants, so memory stays with the applicants.
 *
 * Start from each node's best edges, solve the LP, price every pair against
 * its duals, add each node's best few with a positive reduced cost, repeat.
 * When no pair prices positive the LP optimum is optimal over all pairs (the
 * duals prove it); the matching polytope of a bipartite graph is integral, so
 * that optimum is a matching. A final MIP over the chosen columns is needed
 * only where extra rows (two "both" applicants who may not mentor each other)
 * break integrality.
 *
 * Column ids are `a * right + b`, which orders columns exactly as a
 * mentor-major list of candidate pairs would: the model, and so the answer,
 * is the same as when every candidate was listed.
 */
import { highs, InfeasibleError, solveLpText } from './solver.ts';

export interface BipartiteProblem {
  /** Each left node's (mentor's) capacity. */
  left: readonly number[];
  /** How many right nodes (mentees) there are; each takes one partner. */
  right: number;
  /** Fills `out[b]` with the weight of pair (a, b), or NaN where the pair is not allowed. */
  row: (a: number, out: Float64Array) => void;
  /** Pinned pairs `[a, b]`: they must be in the answer. */
  fixed: readonly (readonly [number, number])[];
  /** Pairs of pairs of which at most one may be chosen. */
  exclusive: readonly (readonly [readonly [number, number], readonly [number, number]])[];
}

export interface BipartiteResult {
  /** Chosen pairs `[a, b]`, in mentor-major order. */
  chosen: Array<[number, number]>;
  objective: number;
  /** Columns the final model held. */
  columns: number;
  /** Allowed pairs: what a list of every candidate would have held. */
  candidates: number;
  iterations: number;
}

const START_PER_NODE = 10;
const ADD_PER_NODE = 5;
const POSITIVE = 1e-7;

/**
 * The best `k` (value, index) entries seen so far, best first: larger value,
 * then smaller index. Offers must arrive in ascending index order, so an equal
 * value never displaces an entry already kept (the order a full sort gives).
 */
class TopK {
  readonly values: Float64Array;
  readonly indices: Int32Array;
  /** A number carried with each entry (the pair's weight). */
  readonly payloads: Float64Array;
  readonly counts: Uint8Array;
  readonly k: number;
  constructor(slots: number, k: number) {
    this.k = k;
    this.values = new Float64Array(slots * k);
    this.indices = new Int32Array(slots * k);
    this.payloads = new Float64Array(slots * k);
    this.counts = new Uint8Array(slots);
  }
  offer(slot: number, value: number, index: number, payload: number): void {
    const base = slot * this.k;
    let count = this.counts[slot]!;
    if (count === this.k) {
      if (!(value > this.values[base + count - 1]!)) return;
      count -= 1;
    } else this.counts[slot] = count + 1;
    let at = base + count;
    while (at > base && value > this.values[at - 1]!) {
      this.values[at] = this.values[at - 1]!;
      this.indices[at] = this.indices[at - 1]!;
      this.payloads[at] = this.payloads[at - 1]!;
      at -= 1;
    }
    this.values[at] = value;
    this.indices[at] = index;
    this.payloads[at] = payload;
  }
  /** The kept entries of a slot, best first, as [index, payload]. */
  *entries(slot: number): Generator<[number, number]> {
    const base = slot * this.k;
    for (let i = 0; i < this.counts[slot]!; i += 1) yield [this.indices[base + i]!, this.payloads[base + i]!];
  }
  clear(): void {
    this.counts.fill(0);
  }
}

/** The LP (or MIP) over the given columns, in HiGHS's LP file format; rows and columns in node and id order. */
function modelText(problem: BipartiteProblem, columns: readonly number[], weights: ReadonlyMap<number, number>, integral: boolean): string {
  const { left, right } = problem;
  const rows: string[][] = Array.from({ length: left.length + right }, () => []);
  const objective: string[] = [];
  const fixed = new Set(problem.fixed.map(([a, b]) => a * right + b));
  for (const id of columns) {
    const a = Math.floor(id / right);
    const b = id - a * right;
    objective.push(`${weights.get(id)} x${id}`);
    rows[a]!.push(`x${id}`);
    rows[left.length + b]!.push(`x${id}`);
  }
  const parts: string[] = [`Maximize\n obj: ${objective.length > 0 ? objective.join(' + ') : '0 x_none'}\nSubject To\n`];
  rows.forEach((row, node) => {
    if (row.length > 0) parts.push(` n${node}: ${row.join(' + ')} <= ${node < left.length ? left[node] : 1}\n`);
  });
  const inModel = new Set(columns);
  problem.exclusive.forEach(([first, second], index) => {
    const x = first[0] * right + first[1];
    const y = second[0] * right + second[1];
    if (inModel.has(x) && inModel.has(y)) parts.push(` p${index}: x${x} + x${y} <= 1\n`);
  });
  if (objective.length === 0) parts.push(' none: x_none <= 0\n');
  parts.push('Bounds\n');
  for (const id of columns) parts.push(` ${fixed.has(id) ? 1 : 0} <= x${id} <= 1\n`);
  if (integral && columns.length > 0) parts.push(`Binary\n ${columns.map((id) => `x${id}`).join(' ')}\n`);
  parts.push('End\n');
  return parts.join('');
}

/** Solves the mentor-mentee problem exactly, holding only the columns the LP needs. */
export async function solveBipartite(problem: BipartiteProblem): Promise<BipartiteResult> {
  const solver = await highs();
  const { left, right } = problem;
  const weights = new Map<number, number>();
  const columnsOf: number[][] = left.map(() => []);
  const add = (a: number, b: number, weight: number): boolean => {
    const id = a * right + b;
    if (weights.has(id)) return false;
    weights.set(id, weight);
    columnsOf[a]!.push(b);
    return true;
  };

  const row = new Float64Array(right);
  const inRow = new Uint8Array(right);
  const byMentee = new TopK(right, START_PER_NODE);
  const byMentor = new TopK(1, START_PER_NODE);
  let candidates = 0;
  const fixedOf = new Map<number, number[]>();
  for (const [a, b] of problem.fixed) fixedOf.set(a, [...(fixedOf.get(a) ?? []), b]);
  for (let a = 0; a < left.length; a += 1) {
    problem.row(a, row);
    byMentor.clear();
    for (let b = 0; b < right; b += 1) {
      const weight = row[b]!;
      if (Number.isNaN(weight)) continue;
      candidates += 1;
      byMentor.offer(0, weight, b, weight);
      byMentee.offer(b, weight, a, weight);
    }
    for (const [b, weight] of byMentor.entries(0)) add(a, b, weight);
    for (const b of fixedOf.get(a) ?? []) {
      if (Number.isNaN(row[b]!)) throw new InfeasibleError('A pinned pair is not allowed.');
      add(a, b, row[b]!);
    }
  }
  for (let b = 0; b < right; b += 1) for (const [a, weight] of byMentee.entries(b)) add(a, b, weight);

  const rowDual = new Float64Array(left.length + right);
  const addMentor = new TopK(1, ADD_PER_NODE);
  const addMentee = new TopK(right, ADD_PER_NODE);
  let iterations = 0;
  let last: { ordered: number[]; values: Record<string, { Primal: number }>; objective: number };
  for (;;) {
    iterations += 1;
    const ordered = [...weights.keys()].sort((x, y) => x - y);
    const result = solveLpText(solver, modelText(problem, ordered, weights, false), false);
    last = { ordered, values: result.Columns, objective: result.ObjectiveValue };
    rowDual.fill(0);
    for (const { Name, Dual } of result.Rows as Array<{ Name: string; Dual: number }>) {
      if (Name.startsWith('n')) rowDual[Number(Name.slice(1))] = Dual;
    }
    // Price every pair; keep each node's best few outside the model.
    addMentee.clear();
    let added = 0;
    for (let a = 0; a < left.length; a += 1) {
      problem.row(a, row);
      for (const b of columnsOf[a]!) inRow[b] = 1;
      addMentor.clear();
      const dualA = rowDual[a]!;
      for (let b = 0; b < right; b += 1) {
        const weight = row[b]!;
        if (Number.isNaN(weight) || inRow[b] === 1) continue;
        const reduced = weight - dualA - rowDual[left.length + b]!;
        if (reduced > POSITIVE) {
          addMentor.offer(0, reduced, b, weight);
          addMentee.offer(b, reduced, a, weight);
        }
      }
      for (const b of columnsOf[a]!) inRow[b] = 0;
      // Added after the row is priced: a column added now must not hide a pair from this round's pricing.
      for (const [b, weight] of addMentor.entries(0)) if (add(a, b, weight)) added += 1;
    }
    for (let b = 0; b < right; b += 1) for (const [a, weight] of addMentee.entries(b)) if (add(a, b, weight)) added += 1;
    if (added === 0) break;
  }

  const pairs = (ids: readonly number[]): Array<[number, number]> =>
    ids.map((id) => {
      const a = Math.floor(id / right);
      return [a, id - a * right];
    });
  // A basic optimum of a bipartite matching LP is integral; the MIP is only needed where extra rows broke that.
  const integral = last.ordered.every((id) => {
    const value = last.values[`x${id}`]?.Primal ?? 0;
    return Math.abs(value) < 1e-6 || Math.abs(value - 1) < 1e-6;
  });
  if (integral) {
    const chosen = last.ordered.filter((id) => (last.values[`x${id}`]?.Primal ?? 0) > 0.5);
    return { chosen: pairs(chosen), objective: last.objective, columns: last.ordered.length, candidates, iterations };
  }
  const ordered = [...weights.keys()].sort((x, y) => x - y);
  const result = solveLpText(solver, modelText(problem, ordered, weights, true), true);
  const chosen = ordered.filter((id) => (result.Columns[`x${id}`]?.Primal ?? 0) > 0.5);
  return { chosen: pairs(chosen), objective: result.ObjectiveValue, columns: ordered.length, candidates, iterations };
}
