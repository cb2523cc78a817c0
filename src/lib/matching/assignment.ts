/**
 * The mentor-mentee optimisation as an assignment problem on a sparse set of
 * candidate pairs, proven optimal over every pair by its duals.
 *
 * Each mentee is a row; each mentor a column taking up to its capacity; each
 * mentee also has a column of its own, "unmatched", of weight 0. Rows are
 * assigned one at a time along a shortest augmenting path (Dijkstra on
 * reduced costs: the Hungarian method as Jonker and Volgenant run it), which
 * keeps a dual price on every column. When every row is assigned, the duals
 * prove the assignment optimal over the candidate pairs. Every pair outside
 * the set is then priced against them (one mentor's row of weights at a time,
 * never all pairs at once); pairs that price better are added and the rows
 * solved again. When none does, the duals prove the answer optimal over all
 * pairs: the same optimum as the LP over every pair, in a fraction of its
 * time, since no LP is solved.
 *
 * Pinned pairs are taken out first (the mentee placed, the mentor's capacity
 * lowered). The rule that two "both" applicants may not mentor each other is
 * not part of the assignment: the caller checks the answer and falls back on
 * the LP (bipartite.ts) in the rare case it breaks the rule.
 */
import type { BipartiteProblem, BipartiteResult } from './bipartite.ts';

const START_PER_NODE = 10;
const ADD_PER_NODE = 5;

/**
 * A binary heap of columns keyed by distance; at equal distance a column with
 * room comes first (the search can end there: a plateau of full mentors at
 * one distance is not walked), then the lower column number, so ties break the
 * same way every run.
 */
class ColumnHeap {
  private keys = new Float64Array(1024);
  private ranks = new Float64Array(1024);
  private columns = new Int32Array(1024);
  size = 0;
  /** The key of the entry `pop` returned last. */
  lastKey = 0;
  private less(i: number, j: number): boolean {
    const ki = this.keys[i]!;
    const kj = this.keys[j]!;
    return ki < kj || (ki === kj && this.ranks[i]! < this.ranks[j]!);
  }
  private swap(i: number, j: number): void {
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
    const r = this.ranks[i]!;
    this.ranks[i] = this.ranks[j]!;
    this.ranks[j] = r;
    const c = this.columns[i]!;
    this.columns[i] = this.columns[j]!;
    this.columns[j] = c;
  }
  /** `rank` orders equal keys: lower first. */
  push(key: number, rank: number, column: number): void {
    if (this.size === this.columns.length) {
      const grow = <T extends Float64Array | Int32Array>(old: T, next: T): T => (next.set(old), next);
      this.keys = grow(this.keys, new Float64Array(this.size * 2));
      this.ranks = grow(this.ranks, new Float64Array(this.size * 2));
      this.columns = grow(this.columns, new Int32Array(this.size * 2));
    }
    let at = this.size;
    this.keys[at] = key;
    this.ranks[at] = rank;
    this.columns[at] = column;
    this.size += 1;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (!this.less(at, up)) break;
      this.swap(at, up);
      at = up;
    }
  }
  /** Removes the smallest entry and returns its column; its key is left in `lastKey`. */
  pop(): number {
    const column = this.columns[0]!;
    this.lastKey = this.keys[0]!;
    this.size -= 1;
    if (this.size > 0) {
      this.swap(0, this.size);
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let least = at;
        if (left < this.size && this.less(left, least)) least = left;
        if (right < this.size && this.less(right, least)) least = right;
        if (least === at) break;
        this.swap(at, least);
        at = least;
      }
    }
    return column;
  }
  clear(): void {
    this.size = 0;
  }
}

/** Candidate pairs per mentee: mentor numbers and their weights. */
interface Candidates {
  mentors: number[][];
  weights: number[][];
  has: Set<number>;
}

/** Keeps, per slot, the best few (value, index, weight) offered in ascending index order. */
function bestFew(slots: number, k: number) {
  const values = new Float64Array(slots * k);
  const indices = new Int32Array(slots * k);
  const weights = new Float64Array(slots * k);
  const counts = new Uint8Array(slots);
  return {
    offer(slot: number, value: number, index: number, weight: number): void {
      const base = slot * k;
      let count = counts[slot]!;
      if (count === k) {
        if (!(value > values[base + count - 1]!)) return;
        count -= 1;
      } else counts[slot] = count + 1;
      let at = base + count;
      while (at > base && value > values[at - 1]!) {
        values[at] = values[at - 1]!;
        indices[at] = indices[at - 1]!;
        weights[at] = weights[at - 1]!;
        at -= 1;
      }
      values[at] = value;
      indices[at] = index;
      weights[at] = weight;
    },
    *entries(slot: number): Generator<[number, number]> {
      for (let i = 0; i < counts[slot]!; i += 1) yield [indices[slot * k + i]!, weights[slot * k + i]!];
    },
    reset(slot?: number): void {
      if (slot === undefined) counts.fill(0);
      else counts[slot] = 0;
    },
  };
}

export interface AssignmentResult extends BipartiteResult {
  /** Rounds of pricing every pair against the duals. */
  rounds: number;
}

/** Solves the mentor-mentee problem exactly (without the "both" rule, which the caller checks). */
export function solveAssignment(problem: Omit<BipartiteProblem, 'exclusive'>): AssignmentResult {
  const { right: mentees, fixed } = problem;
  const mentors = problem.left.length;
  const capacity = Int32Array.from(problem.left);
  const pinnedMentee = new Uint8Array(mentees);
  let pinnedWeight = 0;
  const row = new Float64Array(mentees);
  for (const [a, b] of fixed) {
    problem.row(a, row);
    pinnedWeight += row[b]!;
    pinnedMentee[b] = 1;
    capacity[a] = capacity[a]! - 1;
  }

  const candidates: Candidates = {
    mentors: Array.from({ length: mentees }, () => []),
    weights: Array.from({ length: mentees }, () => []),
    has: new Set(),
  };
  const add = (a: number, b: number, weight: number): boolean => {
    const id = a * mentees + b;
    if (candidates.has.has(id) || pinnedMentee[b] === 1 || capacity[a]! <= 0) return false;
    candidates.has.add(id);
    candidates.mentors[b]!.push(a);
    candidates.weights[b]!.push(weight);
    return true;
  };

  // Start: every mentor's best mentees and every mentee's best mentors.
  let count = 0;
  const byMentee = bestFew(mentees, START_PER_NODE);
  const byMentor = bestFew(1, START_PER_NODE);
  for (let a = 0; a < mentors; a += 1) {
    problem.row(a, row);
    byMentor.reset();
    for (let b = 0; b < mentees; b += 1) {
      const weight = row[b]!;
      if (Number.isNaN(weight)) continue;
      count += 1;
      byMentor.offer(0, weight, b, weight);
      byMentee.offer(b, weight, a, weight);
    }
    for (const [b, weight] of byMentor.entries(0)) add(a, b, weight);
  }
  for (let b = 0; b < mentees; b += 1) for (const [a, weight] of byMentee.entries(b)) add(a, b, weight);

  let rounds = 0;
  for (;;) {
    rounds += 1;
    const solved = solveRows(mentors, mentees, capacity, pinnedMentee, candidates);
    // Price every pair outside the set: a pair whose weight beats the two prices is worth adding.
    const addMentor = bestFew(1, ADD_PER_NODE);
    const addMentee = bestFew(mentees, ADD_PER_NODE);
    let added = 0;
    for (let a = 0; a < mentors; a += 1) {
      if (capacity[a]! <= 0) continue;
      problem.row(a, row);
      addMentor.reset();
      const price = solved.mentorPrice[a]!;
      for (let b = 0; b < mentees; b += 1) {
        const weight = row[b]!;
        if (Number.isNaN(weight) || pinnedMentee[b] === 1) continue;
        const gain = weight - price - solved.menteePrice[b]!;
        if (gain > 1e-7 && !candidates.has.has(a * mentees + b)) {
          addMentor.offer(0, gain, b, weight);
          addMentee.offer(b, gain, a, weight);
        }
      }
      for (const [b, weight] of addMentor.entries(0)) if (add(a, b, weight)) added += 1;
    }
    for (let b = 0; b < mentees; b += 1) for (const [a, weight] of addMentee.entries(b)) if (add(a, b, weight)) added += 1;
    if (added === 0) {
      const chosen: Array<[number, number]> = [...fixed.map(([a, b]) => [a, b] as [number, number]), ...solved.pairs];
      chosen.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      return {
        chosen,
        objective: solved.weight + pinnedWeight,
        columns: candidates.has.size + fixed.length,
        candidates: count,
        iterations: rounds,
        rounds,
      };
    }
  }
}

interface Solved {
  pairs: Array<[number, number]>;
  weight: number;
  /** Dual prices in the "maximise weight" sense: every candidate pair has weight <= mentorPrice + menteePrice. */
  mentorPrice: Float64Array;
  menteePrice: Float64Array;
}

/**
 * The Hungarian method on the candidate pairs, in costs (cost = -weight).
 * Columns 0..mentors-1 are mentors; column mentors+b is mentee b's own
 * "unmatched" column (cost 0). Prices v stay 0 on any column with room left,
 * which is what lets an unfull mentor's dual mean "no gain from a new mentee".
 */
function solveRows(mentors: number, mentees: number, capacity: Int32Array, pinned: Uint8Array, candidates: Candidates): Solved {
  const columns = mentors + mentees;
  const v = new Float64Array(columns);
  const load = new Int32Array(columns);
  const rowsOf: number[][] = Array.from({ length: mentors }, () => []);
  const assigned = new Int32Array(mentees).fill(-1);
  const costOf = new Float64Array(mentees); // the cost of each row's assigned pair
  const dist = new Float64Array(columns).fill(Infinity);
  const settled = new Uint8Array(columns);
  const predecessor = new Int32Array(columns);
  const touched: number[] = [];
  const settledList: number[] = [];
  const heap = new ColumnHeap();
  const capOf = (column: number): number => (column < mentors ? capacity[column]! : 1);

  const relax = (column: number, d: number, from: number) => {
    if (settled[column] === 1 || !(d < dist[column]!)) return;
    if (dist[column] === Infinity) touched.push(column);
    dist[column] = d;
    predecessor[column] = from;
    heap.push(d, load[column]! < capOf(column) ? column : columns + column, column);
  };
  // Relaxes every pair of row r, reached at distance `base`, whose implicit row price is u.
  const scan = (r: number, base: number, u: number) => {
    const list = candidates.mentors[r]!;
    const weights = candidates.weights[r]!;
    for (let k = 0; k < list.length; k += 1) {
      const a = list[k]!;
      relax(a, base + -weights[k]! - u - v[a]!, r);
    }
    relax(mentors + r, base + 0 - u - v[mentors + r]!, r);
  };

  for (let start = 0; start < mentees; start += 1) {
    if (pinned[start] === 1) continue;
    heap.clear();
    scan(start, 0, 0);
    let end = -1;
    let reach = 0;
    while (heap.size > 0) {
      const column = heap.pop();
      if (settled[column] === 1 || heap.lastKey !== dist[column]) continue;
      settled[column] = 1;
      settledList.push(column);
      if (load[column]! < capOf(column)) {
        end = column;
        reach = dist[column]!;
        break;
      }
      // A full mentor: each of its mentees may move on, at no cost to reach.
      for (const r of column < mentors ? rowsOf[column]! : [column - mentors]) scan(r, dist[column], costOf[r]! - v[column]!);
    }
    if (end === -1) throw new Error('The assignment found no column for a mentee; its own "unmatched" column should always be there.');
    for (const column of settledList) v[column] = v[column]! + dist[column]! - reach;
    // Augment: walk back from the free column, moving each row on the path to the column it reached.
    let column = end;
    for (;;) {
      const r = predecessor[column]!;
      const previous = assigned[r]!;
      assigned[r] = column;
      load[column] = load[column]! + 1;
      if (column < mentors) rowsOf[column]!.push(r);
      costOf[r] = column < mentors ? -candidates.weights[r]![candidates.mentors[r]!.indexOf(column)]! : 0;
      if (previous === -1) break;
      load[previous] = load[previous]! - 1;
      if (previous < mentors) {
        const list = rowsOf[previous]!;
        list.splice(list.indexOf(r), 1);
      }
      column = previous;
    }
    for (const c of touched) dist[c] = Infinity;
    for (const c of settledList) settled[c] = 0;
    touched.length = 0;
    settledList.length = 0;
  }

  const pairs: Array<[number, number]> = [];
  let weight = 0;
  const menteePrice = new Float64Array(mentees);
  for (let b = 0; b < mentees; b += 1) {
    if (pinned[b] === 1) continue;
    const column = assigned[b]!;
    // u = cost - v; in weights the mentee's price is -u.
    menteePrice[b] = -(costOf[b]! - v[column]!);
    if (column < mentors) {
      pairs.push([column, b]);
      weight -= costOf[b]!;
    }
  }
  const mentorPrice = new Float64Array(mentors);
  for (let a = 0; a < mentors; a += 1) mentorPrice[a] = -v[a]!;
  return { pairs, weight, mentorPrice, menteePrice };
}
