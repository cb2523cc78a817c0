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

/** One display the attacker sees (of a row, or of a snapshot's cycle), as JSON, and the cells of the truth behind it, in the order of CELLS. */
interface Seen {
  shown: string;
  values: readonly number[];
  hidden: readonly boolean[];
}

/** The truths that display the same, cell by cell: the first value seen, whether another was seen, whether hidden in any of them. */
interface Group {
  first: number[];
  varies: boolean[];
  hidden: boolean[];
}

/**
 * Groups truths by what they display; reports every hidden cell that has a
 * single possible value within its group (what the attacker learns exactly).
 * A truth is seen as one or two displays side by side (`observe`), its cells
 * named by `names` in that order; what it displays is the JSON array of them.
 * A group keeps per cell only what decides "a single possible value": the
 * first value and whether any other turned up.
 */
function pinnedCells<T>(
  truths: Iterable<T>,
  names: readonly string[],
  observe: (truth: T) => readonly Seen[],
  judged: (displayKey: string) => boolean = () => true,
): string[] {
  // Each distinct display gets a number, and a truth's group is keyed by the numbers of its displays: hashing
  // the JSON of every truth's displays afresh cost most of this file's time.
  const displayIds = new Map<string, number>();
  const idOf = (shown: string): number => {
    let id = displayIds.get(shown);
    if (id === undefined) {
      if (displayIds.size === 2 ** 15) throw new Error('pinnedCells numbers at most 2 ** 15 distinct displays');
      displayIds.set(shown, (id = displayIds.size));
    }
    return id;
  };
  const groups = new Map<number, { displays: readonly Seen[]; group: Group }>();
  for (const truth of truths) {
    const displays = observe(truth);
    if (displays.length > 2) throw new Error('pinnedCells keys at most two displays side by side');
    // Two numbers below 2 ** 15 make a key below 2 ** 30: a small integer, which a Map hashes without allocating.
    let key = 0;
    for (const seen of displays) key = key * 2 ** 15 + idOf(seen.shown);
    const known = groups.get(key);
    if (!known) {
      const first = displays.flatMap((seen) => seen.values);
      const group = { first, varies: first.map(() => false), hidden: displays.flatMap((seen) => seen.hidden) };
      groups.set(key, { displays, group });
      continue;
    }
    const { group } = known;
    let cell = 0;
    for (const { values, hidden } of displays)
      for (let index = 0; index < values.length; index += 1, cell += 1) {
        if (values[index] !== group.first[cell]) group.varies[cell] = true;
        if (hidden[index]) group.hidden[cell] = true;
      }
  }
  const pinned: string[] = [];
  for (const { displays, group } of groups.values()) {
    const key = `[${displays.map((seen) => seen.shown).join(',')}]`;
    if (!judged(key)) continue;
    names.forEach((name, cell) => {
      if (group.hidden[cell] && !group.varies[cell]) pinned.push(`${key}: ${name} is ${group.first[cell]}`);
    });
  }
  return pinned;
}

/** Which cells a display hides, in the order of CELLS, by the display's JSON: few distinct displays, many rows showing each. */
const hiddenByDisplay = new Map<string, readonly boolean[]>();

/** One row's display as the attacker sees it, with the row's cells: its true counts, and which of them the display hides. */
const seenRow = (truth: CycleCounts, display: DisplayedRow): Seen => {
  const shown = JSON.stringify(display);
  let hidden = hiddenByDisplay.get(shown);
  if (hidden === undefined) {
    const hiddenSet = new Set(hiddenCells(display));
    hiddenByDisplay.set(shown, (hidden = CELLS.map((cell) => hiddenSet.has(cell))));
  }
  return { shown, values: CELLS.map((cell) => (truth as Truth)[cell]), hidden };
};

/**
 * seenRow for rows seen again and again: the last Seen of each row is kept and given back while the row's
 * display is the same (the functions under test are pure, so it always is; a different one is seen afresh).
 */
function seenRowAgain(): (truth: CycleCounts, display: DisplayedRow) => Seen {
  const last = new Map<CycleCounts, Seen>();
  return (truth, display) => {
    const known = last.get(truth);
    if (known !== undefined && known.shown === JSON.stringify(display)) return known;
    const seen = seenRow(truth, display);
    last.set(truth, seen);
    return seen;
  };
}

/** The cells of displays side by side, named with a prefix each. */
const namesOf = (...prefixes: string[]): string[] => prefixes.flatMap((prefix) => CELLS.map((cell) => `${prefix}${cell}`));

/**
 * `see`, computed once per distinct row: the enumerations below pair every row with many others, and what a
 * row displays depends on the row alone (the functions under test are pure).
 */
function oncePerRow<V>(see: (truth: CycleCounts) => V): (truth: CycleCounts) => V {
  const seen = new Map<number, V>();
  return (truth) => {
    const { cycle, completed, endedEarly, reassigned, ongoing } = truth;
    // The row as one number (a string key per call cost a fifth of this file's time); counts here stay far below 256.
    if (Math.max(completed, endedEarly, reassigned, ongoing) > 255) throw new Error('oncePerRow keys counts up to 255');
    const key = ((((cycle - 2000) * 256 + completed) * 256 + endedEarly) * 256 + reassigned) * 256 + ongoing;
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = see(truth)));
    return value;
  };
}

describe('an attacker who knows the suppression rule', () => {
  it('cannot pin any hidden count of a single row (every row with parts 0..12)', () => {
    const truths = [...rows(12)];
    expect(truths.length).toBe(13 ** 4 - 1);
    const pinned = pinnedCells(truths, CELLS, (truth) => [seenRow(truth, suppressRow(truth))]);
    expect(pinned.slice(0, 5), `${pinned.length} hidden cells pinned`).toEqual([]);
  });

  it('never prints a count below 3', () => {
    // Every exact cell printed below 3, collected and checked at once (an expect per cell cost most of this test).
    const below3: string[] = [];
    let exactCells = 0;
    for (const truth of rows(6)) {
      const display = suppressRow(truth);
      const cells = Object.values(display.parts);
      for (const cell of cells)
        if (cell.shown === 'exact') {
          exactCells += 1;
          if (!(cell.value >= 3)) below3.push(`${JSON.stringify(truth)}: ${cell.value}`);
        }
    }
    expect(exactCells).toBeGreaterThan(0);
    expect(below3).toEqual([]);
  });

  it('cannot pin a hidden count from the rows the site shows together (two cycles, or two programs)', () => {
    // The site shows each program's rows on one page and nothing summed across rows or programs;
    // the attacker sees two rows at once (two cycles of a program, or one cycle of two programs).
    const small = [...rows(3)];
    const other = [...rows(3, 2025)];
    const pairs = function* (): Generator<[CycleCounts, CycleCounts]> {
      for (const first of small) for (const second of other) yield [first, second];
    };
    const seen = seenRowAgain();
    const pinned = pinnedCells(pairs(), namesOf('a.', 'b.'), ([first, second]) => {
      const [a, b] = displayTable([first, second]);
      return [seen(first, a!), seen(second, b!)];
    });
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
    const seen = oncePerRow((truth) => seenRow(truth, suppressRow(truth)));
    const pinned = pinnedCells(
      transitions(),
      namesOf('before.', 'after.'),
      ([before, after]) => [seen(before), seen(after)],
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
    const seenSnapshot = (truth: CycleCounts, shown: SnapshotCycle): Seen => ({
      shown: JSON.stringify(shown),
      values: CELLS.map((cell) => (truth as Truth)[cell]),
      hidden: CELLS.map((cell) => (shown as Partial<Record<string, PublishedCount>>)[cell] !== (truth as Truth)[cell]),
    });
    const pinnedBy = (publish: Publish) => {
      // The first snapshot depends on the truth before alone, the second on the first snapshot and the truth after:
      // truths before that publish the same first snapshot share what each truth after then publishes (a few
      // first snapshots for hundreds of truths before, so publish runs some thousand times, not once per transition).
      const afterFirst = new Map<string, (after: CycleCounts) => Seen>();
      const seenBefore = oncePerRow((before) => {
        const first = publish(undefined, before);
        const seen = seenSnapshot(before, first);
        let seenAfter = afterFirst.get(seen.shown);
        if (seenAfter === undefined) {
          seenAfter = oncePerRow((after) => seenSnapshot(after, publish(first, after)));
          afterFirst.set(seen.shown, seenAfter);
        }
        return { seen, seenAfter };
      });
      return pinnedCells(
        transitions(),
        namesOf('before.', 'after.'),
        ([before, after]) => {
          const { seen, seenAfter } = seenBefore(before);
          return [seen, seenAfter(after)];
        },
        withinEnumeration,
      );
    };

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
