/**
 * The statistics the site publishes: a snapshot taken on the first of each
 * month (`npm run stats:snapshot`, .github/workflows/statistics.yml) and
 * committed as content/programs/<program>/statistics.yaml. The site shows that
 * file and counts nothing itself, for two reasons an attacker who knows the
 * rules would otherwise use:
 *
 * 1. The site redeploys on every push and each IssueOps pull request changes
 *    one pairing, so counts taken at build time change one step at a time:
 *    "fewer than 3" followed by "3" would date the third completion and say
 *    that the cycle had exactly 2 the day before. A monthly snapshot folds a
 *    month's changes, however many, into one step.
 * 2. Counts can shrink (a pairing deleted by hand). A published count that
 *    went down, from "3" to "fewer than 3" say, would tell that it is now
 *    exactly 2. A snapshot never publishes a count lower than the one before
 *    it: the earlier count stays until the real one passes it, so what is
 *    published only ever grows, as suppress.ts assumes.
 *
 * tests/lib/stats/statistics-attack.test.ts checks both by brute force.
 */
import type { Statistics } from '../types.generated.ts';
import type { ProgramPublicCounts } from './program-statistics.ts';
import { PUBLISHED_PARTS, THRESHOLD, type Cell } from './suppress.ts';

export type PublishedCount = Statistics['cycles'][number]['completed'];
export type SnapshotCycle = Statistics['cycles'][number];
type SnapshotResponse = NonNullable<Statistics['responses']>[number];

const FEWER_THAN_3 = 'fewer than 3' satisfies PublishedCount;

/** A suppressed cell as the snapshot writes it. */
const publishedCount = (cell: Cell): PublishedCount => (cell.shown === 'exact' ? cell.value : FEWER_THAN_3);

/** A count's place in the order counts are published in: "fewer than 3" below every shown number. */
const rank = (count: PublishedCount): number => (count === FEWER_THAN_3 ? THRESHOLD - 1 : count);

/** The count to publish: the one counted now, unless the one already published is higher (then it stays). */
const neverLower = (published: PublishedCount | undefined, now: PublishedCount): PublishedCount =>
  published !== undefined && rank(published) > rank(now) ? published : now;

/** `2026-12-01` -> `2026-12`: the month a snapshot taken that day stands for. */
export const snapshotMonth = (today: string): string => today.slice(0, 7);

export const statisticsFilePath = (program: string): string => `content/programs/${program}/statistics.yaml`;

/** The branch, title, commit message and body of the month's snapshot pull request (stats:snapshot --open-pr): one per month, so a rerun finds it. */
export function snapshotPullRequestText(
  month: string,
  today: string,
): { branch: string; title: string; commitMessage: string; body: string } {
  const title = `Statistics: the snapshot for ${month}`;
  return {
    branch: `tandem/statistics-${month}`,
    title,
    commitMessage: title,
    body: `The public statistics for ${month}, taken on ${today} by \`npm run stats:snapshot\`: suppressed counts only, none lower than last month's. The site publishes them once this is merged; merge it as it is.`,
  };
}

/**
 * The snapshot to publish for `program` on `today`: the counts of `current`,
 * none lower than in `previous`. A cycle or response count that is no longer
 * counted at all (every pairing of a cycle deleted) keeps its published value.
 */
export function nextSnapshot(previous: Statistics | undefined, current: ProgramPublicCounts, program: string, today: string): Statistics {
  const before = new Map((previous?.cycles ?? []).map((row) => [row.cycle, row]));
  const now = new Map(current.rows.map((row) => [row.cycle, row]));
  const cycles = [...new Set([...before.keys(), ...now.keys()])]
    .sort((a, b) => b - a)
    .map((cycle): SnapshotCycle => {
      const row = { cycle } as SnapshotCycle;
      for (const part of PUBLISHED_PARTS) {
        const cell = now.get(cycle)?.parts[part];
        row[part] = neverLower(before.get(cycle)?.[part], cell ? publishedCount(cell) : FEWER_THAN_3);
      }
      return row;
    });

  const key = (cycle: number, evaluation: string): string => `${cycle}\0${evaluation}`;
  const responsesBefore = new Map((previous?.responses ?? []).map((entry) => [key(entry.cycle, entry.evaluation), entry.count]));
  // The program's evaluations as they are now (a response count of an evaluation the program dropped has no column to go in).
  const evaluations = [...new Set(current.responses.flatMap((row) => row.cells.map((cell) => cell.evaluation)))];
  const responseCycles = [
    ...new Set([...current.responses.map((row) => row.cycle), ...(previous?.responses ?? []).map((entry) => entry.cycle)]),
  ];
  const responsesNow = new Map(
    current.responses.flatMap((row) => row.cells.map((cell) => [key(row.cycle, cell.evaluation), publishedCount(cell.cell)] as const)),
  );
  const responses: SnapshotResponse[] = responseCycles
    .sort((a, b) => b - a)
    .flatMap((cycle) =>
      evaluations.map((evaluation) => ({
        cycle,
        evaluation,
        count: neverLower(responsesBefore.get(key(cycle, evaluation)), responsesNow.get(key(cycle, evaluation)) ?? FEWER_THAN_3),
      })),
    );

  return { program, month: snapshotMonth(today), taken: today, cycles, ...(responses.length > 0 && { responses }) };
}
