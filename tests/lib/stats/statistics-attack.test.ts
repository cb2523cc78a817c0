/**
 * An attacker who knows the suppression rule and sees the public statistics:
 * for every possible truth, which truths display identically? A hidden count
 * (a part shown as "fewer than 3", a withheld count, or a count the page does
 * not show at all) is disclosed when every truth that looks the same agrees on
 * it. Checked for single rows, for the rows the site shows together, for
 * what two successive builds show for the same cycle, and for two successive
 * monthly snapshots when counts may also go down (a pairing deleted by hand).
 * That deploys between two snapshots publish nothing new is checked in
 * statistics-snapshot.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { PARTS, type CycleCounts, type Part } from '../../../src/lib/stats/cycle-counts.ts';
import { nextSnapshot, type PublishedCount, type SnapshotCycle } from '../../../src/lib/stats/snapshot.ts';
import { displayTable, suppressRow, type DisplayedRow } from '../../../src/lib/stats/suppress.ts';

type Truth = Record<Part | 'total', number>;
const CELLS = ['total', ...PARTS] as const;

const row = (cycle: number, [completed, endedEarly, reassigned, ongoing]: readonly number[]): CycleCounts => ({
  cycle,
  completed: completed!,
  endedEarly: endedEarly!,
  reassigned: reassigned!,
  ongoing: ongoing!,
  total: completed! + endedEarly! + reassigned! + ongoing!,
});

/** Every row whose four parts are each 0..max (a row with no pairs at all does not exist). */
function* rows(max: number, cycle = 2026): Generator<CycleCounts> {
  for (let c = 0; c <= max; c += 1)
    for (let e = 0; e <= max; e += 1)
      for (let r = 0; r <= max; r += 1) for (let o = 0; o <= max; o += 1) if (c + e + r + o > 0) yield row(cycle, [c, e, r, o]);
}

/** The cells a reader cannot read off the display: everything not shown as an exact number. */
function hiddenCells(display: DisplayedRow): (typeof CELLS)[number][] {
  return CELLS.filter((cell) => {
    // The total and "ongoing" are not on the page at all (a reader sees no such cell): hidden.
    const shown = (display.parts as Partial<Record<string, DisplayedRow['parts'][keyof DisplayedRow['parts']]>>)[cell];
    return shown?.shown !== 'exact';
  });
}

/**
 * Groups truths by what they display; reports every hidden cell that has a
 * single possible value within its group (what the attacker learns exactly).
 */
function pinnedCells<T>(
  truths: Iterable<T>,
  display: (truth: T) => unknown,
  cells: (truth: T) => Map<string, { value: number; hidden: boolean }>,
  judged: (displayKey: string) => boolean = () => true,
): string[] {
  const groups = new Map<string, Map<string, Set<number>>>();
  const hiddenIn = new Map<string, Set<string>>();
  for (const truth of truths) {
    const key = JSON.stringify(display(truth));
    const values = groups.get(key) ?? new Map<string, Set<number>>();
    const hidden = hiddenIn.get(key) ?? new Set<string>();
    for (const [name, { value, hidden: isHidden }] of cells(truth)) {
      values.set(name, (values.get(name) ?? new Set()).add(value));
      if (isHidden) hidden.add(name);
    }
    groups.set(key, values);
    hiddenIn.set(key, hidden);
  }
  const pinned: string[] = [];
  for (const [key, values] of groups) {
    if (!judged(key)) continue;
    for (const name of hiddenIn.get(key)!) {
      const possible = values.get(name)!;
      if (possible.size === 1) pinned.push(`${key}: ${name} is ${[...possible][0]}`);
    }
  }
  return pinned;
}

const cellsOf = (truth: CycleCounts, display: DisplayedRow, prefix = ''): [string, { value: number; hidden: boolean }][] => {
  const hidden = new Set(hiddenCells(display));
  return CELLS.map((cell) => [`${prefix}${cell}`, { value: (truth as Truth)[cell], hidden: hidden.has(cell) }]);
};

describe('an attacker who knows the suppression rule', () => {
  it('cannot pin any hidden count of a single row (every row with parts 0..12)', () => {
    const truths = [...rows(12)];
    expect(truths.length).toBe(13 ** 4 - 1);
    const pinned = pinnedCells(truths, suppressRow, (truth) => new Map(cellsOf(truth, suppressRow(truth))));
    expect(pinned.slice(0, 5), `${pinned.length} hidden cells pinned`).toEqual([]);
  });

  it('never prints a count below 3', () => {
    for (const truth of rows(6)) {
      const display = suppressRow(truth);
      const cells = Object.values(display.parts);
      for (const cell of cells) if (cell.shown === 'exact') expect(cell.value).toBeGreaterThanOrEqual(3);
    }
  });

  it('cannot pin a hidden count from the rows the site shows together (two cycles, or two programs)', () => {
    // The site shows each program's rows on one page and nothing summed across rows or programs;
    // the attacker sees two rows at once (two cycles of a program, or one cycle of two programs).
    const small = [...rows(3)];
    const pairs = function* (): Generator<[CycleCounts, CycleCounts]> {
      for (const first of small) for (const second of small) yield [first, { ...second, cycle: 2025 }];
    };
    const pinned = pinnedCells(
      pairs(),
      ([first, second]) => displayTable([first, second]),
      ([first, second]) => {
        const [a, b] = displayTable([first, second]);
        return new Map([...cellsOf(first, a!, 'a.'), ...cellsOf(second, b!, 'b.')]);
      },
    );
    expect(pinned.slice(0, 5), `${pinned.length} hidden cells pinned`).toEqual([]);
  });

  it('cannot pin a hidden count by comparing two successive builds of the same cycle', () => {
    // Between two builds, pairs only move out of "ongoing" into an ended status (ended statuses are
    // final, and retention keeps their counts in content/stats/), and new pairs may be added.
    // Counts are unbounded in reality; the enumeration covers ended counts up to 5 and up to 15 ongoing
    // pairs before the change. Only displays whose exact counts are all 5 or less are judged: for those,
    // every truth that looks the same is enumerated (truths showing more than 5 are skipped altogether).
    const LIMIT = 5;
    const transitions = function* (): Generator<[CycleCounts, CycleCounts]> {
      for (let c = 0; c <= LIMIT; c += 1)
        for (let e = 0; e <= LIMIT; e += 1)
          for (let r = 0; r <= LIMIT; r += 1)
            for (let o = 0; o <= 3 * LIMIT; o += 1) {
              if (c + e + r + o === 0) continue;
              const before = row(2026, [c, e, r, o]);
              for (let toCompleted = 0; toCompleted <= LIMIT - c && toCompleted <= o; toCompleted += 1)
                for (let toEnded = 0; toEnded <= LIMIT - e && toEnded + toCompleted <= o; toEnded += 1)
                  for (let toReassigned = 0; toReassigned <= LIMIT - r && toReassigned + toEnded + toCompleted <= o; toReassigned += 1)
                    for (let added = 0; added <= 2; added += 1)
                      yield [
                        before,
                        row(2026, [c + toCompleted, e + toEnded, r + toReassigned, o - toCompleted - toEnded - toReassigned + added]),
                      ];
            }
    };
    const withinEnumeration = (key: string): boolean => [...key.matchAll(/"value":(\d+)/g)].every((match) => Number(match[1]) <= LIMIT);
    const pinned = pinnedCells(
      transitions(),
      ([before, after]) => [suppressRow(before), suppressRow(after)],
      ([before, after]) => new Map([...cellsOf(before, suppressRow(before), 'before.'), ...cellsOf(after, suppressRow(after), 'after.')]),
      withinEnumeration,
    );
    expect(pinned.slice(0, 5), `${pinned.length} hidden cells pinned`).toEqual([]);
  });

  describe('comparing two successive monthly snapshots, when a pairing may also have been deleted by hand', () => {
    // Between two snapshots, any number of pairs move out of "ongoing" into an ended status and new pairs
    // may be added (the attacker does not know how many: a month's changes are folded into one snapshot),
    // and at most one pairing of any status may have been deleted by hand: the one way a count goes down.
    // The attacker knows all of this and sees both snapshots. Enumeration bounds as in the test above.
    const LIMIT = 3;
    type Publish = (previous: SnapshotCycle | undefined, truth: CycleCounts) => SnapshotCycle;
    const transitions = function* (): Generator<[CycleCounts, CycleCounts]> {
      for (let c = 0; c <= LIMIT; c += 1)
        for (let e = 0; e <= LIMIT; e += 1)
          for (let r = 0; r <= LIMIT; r += 1)
            for (let o = 0; o <= 2 * LIMIT; o += 1) {
              if (c + e + r + o === 0) continue;
              const before = row(2026, [c, e, r, o]);
              for (let toC = 0; toC <= LIMIT + 1 - c && toC <= o; toC += 1)
                for (let toE = 0; toE <= LIMIT + 1 - e && toE + toC <= o; toE += 1)
                  for (let toR = 0; toR <= LIMIT + 1 - r && toR + toE + toC <= o; toR += 1)
                    for (let added = 0; added <= 2; added += 1) {
                      const after = [c + toC, e + toE, r + toR, o - toC - toE - toR + added];
                      yield [before, row(2026, after)];
                      for (let part = 0; part < 4; part += 1)
                        if (after[part]! > 0)
                          yield [
                            before,
                            row(
                              2026,
                              after.map((n, index) => (index === part ? n - 1 : n)),
                            ),
                          ];
                    }
            }
    };
    const withinEnumeration = (key: string): boolean =>
      [...key.matchAll(/"(?:completed|endedEarly|reassigned)":(\d+)/g)].every((match) => Number(match[1]) <= LIMIT);
    /** A snapshot's cells, named like the truth's; a cell is hidden unless the snapshot shows the true count itself. */
    const snapshotCells = (truth: CycleCounts, shown: SnapshotCycle, prefix: string) =>
      CELLS.map((cell): [string, { value: number; hidden: boolean }] => {
        const count = (shown as Partial<Record<string, PublishedCount>>)[cell];
        return [`${prefix}${cell}`, { value: (truth as Truth)[cell], hidden: count !== (truth as Truth)[cell] }];
      });
    const pinnedBy = (publish: Publish) =>
      pinnedCells(
        transitions(),
        ([before, after]) => {
          const first = publish(undefined, before);
          return [first, publish(first, after)];
        },
        ([before, after]) => {
          const first = publish(undefined, before);
          return new Map([...snapshotCells(before, first, 'before.'), ...snapshotCells(after, publish(first, after), 'after.')]);
        },
        withinEnumeration,
      );

    it('cannot pin a hidden count: a published count never goes down', () => {
      const publish: Publish = (previous, truth) =>
        nextSnapshot(
          previous && { program: 'x', month: '2026-06', taken: '2026-06-01', cycles: [previous] },
          { rows: [suppressRow(truth)], responses: [] },
          'x',
          '2026-07-01',
        ).cycles[0]!;
      const pinned = pinnedBy(publish);
      expect(pinned.slice(0, 5), `${pinned.length} hidden cells pinned`).toEqual([]);
    });

    it("would pin one if each snapshot showed the month's counts as they are, going down included", () => {
      const asCounted: Publish = (_previous, truth) =>
        nextSnapshot(undefined, { rows: [suppressRow(truth)], responses: [] }, 'x', '2026-07-01').cycles[0]!;
      // "3" then "fewer than 3": with one deletion at most, the count is now exactly 2.
      expect(pinnedBy(asCounted)).toContainEqual(expect.stringMatching(/after\.completed is 2$/));
    });
  });
});
