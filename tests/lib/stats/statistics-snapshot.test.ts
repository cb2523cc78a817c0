/**
 * The monthly statistics snapshot (src/lib/stats/snapshot.ts): what the site
 * publishes does not move with each deploy, a published count never goes down,
 * and a file that does not load stops the count instead of lowering it.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/stats-snapshot.ts';
import { programPublicCounts, type ProgramPublicCounts } from '../../../src/lib/stats/program-statistics.ts';
import { publishedStatistics } from '../../../src/lib/stats/published.ts';
import { snapshotText } from '../../../src/lib/stats/snapshot-file.ts';
import { nextSnapshot } from '../../../src/lib/stats/snapshot.ts';
import { suppressRow } from '../../../src/lib/stats/suppress.ts';
import type { SourceFile } from '../../../src/lib/repository/read-files.ts';
import type { GitHubTestServer } from '../../support/github-server.ts';
import { runMain } from '../../support/run-main.ts';
import { fixtureFiles, FIXTURE_ROOT, startFixtureGitHub } from '../../support/desk-fixture-repo.ts';

const TODAY = '2026-07-01';
const text = (files: readonly SourceFile[], path: string) => new TextDecoder().decode(files.find((file) => file.path === path)!.bytes);
const PAIRINGS = [
  'content/pairings/alao/2025-fennimore-ashdown.yaml',
  'content/pairings/alao/2026-pemberton-oakes.yaml',
  'content/pairings/alao/2026-quillon-brackenbury.yaml',
  'content/pairings/alcts/2025-larkspur-whitcombe.yaml',
];

/** The fixture repository with this month's snapshots committed, as the statistics workflow leaves it. */
async function withSnapshots(): Promise<SourceFile[]> {
  const files = await fixtureFiles();
  const counts = programPublicCounts(files, TODAY);
  if (!counts.ok) throw new Error('the fixture repository does not load');
  const snapshots = Object.fromEntries(
    [...counts.counts].map(([program, current]) => [
      `content/programs/${program}/statistics.yaml`,
      snapshotText(nextSnapshot(undefined, current, program, TODAY)),
    ]),
  );
  return fixtureFiles(snapshots);
}

/** Every repository one pairing change away: each pairing deleted, or moved to each other status. */
function* oneChangeAway(files: readonly SourceFile[]): Generator<[string, Record<string, string | null>]> {
  for (const path of PAIRINGS) {
    yield [`${path} deleted`, { [path]: null }];
    for (const status of ['proposed', 'active', 'completed', 'ended-early', 'reassigned']) {
      const changed = text(files, path).replace(/^status: .*$/m, `status: ${status}`);
      if (changed !== text(files, path)) yield [`${path} ${status}`, { [path]: changed }];
    }
  }
}

const apply = (files: readonly SourceFile[], changes: Record<string, string | null>): SourceFile[] => [
  ...files.filter((file) => !(file.path in changes)),
  ...Object.entries(changes).flatMap(([path, value]) => (value === null ? [] : [{ path, bytes: new TextEncoder().encode(value) }])),
];

describe('successive deploys that differ by one change', () => {
  it('publish the same statistics: one pairing changed, deleted or added changes nothing until the next snapshot', async () => {
    const files = await withSnapshots();
    const published = publishedStatistics(files, TODAY);
    expect(published.diagnostics).toEqual([]);
    expect([...published.statistics.keys()].sort()).toEqual(['alao', 'alcts']);
    const live = (repository: readonly SourceFile[]) => {
      const counts = programPublicCounts(repository, TODAY);
      return counts.ok ? [...counts.counts] : counts.diagnostics;
    };
    let liveChanges = 0;
    const added = text(files, PAIRINGS[2]!).replace(/^status: .*$/m, 'status: completed');
    const changes = [...oneChangeAway(files), ['a pairing added', { 'content/pairings/alao/2026-added-pair.yaml': added }] as const];
    for (const [what, change] of changes) {
      const next = apply(files, change);
      expect(publishedStatistics(next, TODAY), what).toEqual(published);
      if (JSON.stringify(live(next)) !== JSON.stringify(live(files))) liveChanges += 1;
    }
    // Counted at build time, as the site did before the snapshot, most of these single changes showed.
    expect(liveChanges).toBeGreaterThan(5);
  });

  it('would otherwise show a deleted pairing as a count going from 3 to "fewer than 3"', async () => {
    const files = await fixtureFiles();
    const row = (repository: SourceFile[]) => {
      const counts = programPublicCounts(repository, TODAY);
      return counts.ok ? counts.counts.get('alao')!.rows.find((r) => r.cycle === 2025)!.parts.endedEarly : undefined;
    };
    expect(row(files)).toEqual({ shown: 'exact', value: 3 });
    const deleted = apply(files, { [PAIRINGS[0]!]: null });
    expect(row(deleted)).toEqual({ shown: 'fewer-than-3' });
    // The next snapshot keeps the 3 it published.
    const first = nextSnapshot(undefined, live(files), 'alao', '2026-06-01');
    const second = nextSnapshot(first, live(deleted), 'alao', '2026-07-01');
    expect(second.cycles.find((r) => r.cycle === 2025)?.endedEarly).toBe(3);
  });
});

const live = (files: SourceFile[]): ProgramPublicCounts => {
  const counts = programPublicCounts(files, TODAY);
  if (!counts.ok) throw new Error('does not load');
  return counts.counts.get('alao')!;
};

describe('the next snapshot', () => {
  const row = (cycle: number, completed: number, endedEarly: number, reassigned: number) =>
    suppressRow({ cycle, completed, endedEarly, reassigned, ongoing: 0, total: completed + endedEarly + reassigned });

  it('publishes each count as the month has it when it grew, and keeps the published one when it went down', () => {
    const june = nextSnapshot(undefined, { rows: [row(2026, 5, 3, 1)], responses: [] }, 'alao', '2026-06-01');
    expect(june).toEqual({
      program: 'alao',
      month: '2026-06',
      taken: '2026-06-01',
      cycles: [{ cycle: 2026, completed: 5, endedEarly: 3, reassigned: 'fewer than 3' }],
    });
    const july = nextSnapshot(june, { rows: [row(2026, 4, 1, 3), row(2027, 0, 0, 0)], responses: [] }, 'alao', '2026-07-01');
    expect(july.cycles).toEqual([
      { cycle: 2027, completed: 'fewer than 3', endedEarly: 'fewer than 3', reassigned: 'fewer than 3' },
      { cycle: 2026, completed: 5, endedEarly: 3, reassigned: 3 },
    ]);
    // Every pairing of a cycle deleted: the cycle keeps its published counts.
    const august = nextSnapshot(july, { rows: [], responses: [] }, 'alao', '2026-08-01');
    expect(august.cycles).toEqual(july.cycles);
  });

  it('keeps response counts from going down the same way', () => {
    const cells = (count: number) => [
      {
        evaluation: 'final',
        title: 'Final',
        cell: count >= 3 ? { shown: 'exact' as const, value: count } : { shown: 'fewer-than-3' as const },
      },
    ];
    const june = nextSnapshot(undefined, { rows: [], responses: [{ cycle: 2026, cells: cells(4) }] }, 'cala', '2026-06-01');
    const july = nextSnapshot(june, { rows: [], responses: [{ cycle: 2026, cells: cells(2) }] }, 'cala', '2026-07-01');
    expect(july.responses).toEqual([{ cycle: 2026, evaluation: 'final', count: 4 }]);
    const august = nextSnapshot(july, { rows: [], responses: [{ cycle: 2026, cells: cells(6) }] }, 'cala', '2026-08-01');
    expect(august.responses).toEqual([{ cycle: 2026, evaluation: 'final', count: 6 }]);
  });

  it('is written as the YAML the site reads back', async () => {
    const files = await withSnapshots();
    const snapshot = parse(text(files, 'content/programs/alao/statistics.yaml'));
    expect(publishedStatistics(files, TODAY).statistics.get('alao')).toEqual(snapshot);
    expect(text(files, 'content/programs/alao/statistics.yaml')).toMatch(/^# The published statistics for 2026-07/);
  });
});

describe('a file that does not load', () => {
  it('stops the count instead of leaving a stats file out', async () => {
    const files = await fixtureFiles({
      'content/stats/alao.yaml': 'program: alao\nremoved:\n  - { cycle: 2024, kind: mentoring, outcome: done, count: 4 }\n',
    });
    const result = programPublicCounts(files, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule}`)).toEqual([
      'content/stats/alao.yaml:3: schema-not-allowed',
    ]);
  });

  it('stops the count instead of leaving a pairing out', async () => {
    const path = PAIRINGS[0]!;
    const files = await fixtureFiles({
      [path]: (await readFile(join(FIXTURE_ROOT, path), 'utf8')).replace('status: ended-early', 'status: ended-erly'),
    });
    const result = programPublicCounts(files, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.every((d) => d.file === path)).toBe(true);
  });

  it('is a build error when it is the snapshot the site publishes', async () => {
    const files = await fixtureFiles({
      'content/programs/alao/statistics.yaml':
        'program: alao\nmonth: 2026-07\ntaken: 2026-07-01\ncycles:\n  - { cycle: 2026, completed: 2, endedEarly: fewer than 3, reassigned: 3 }\n',
    });
    const { statistics, diagnostics } = publishedStatistics(files, TODAY);
    expect(statistics.has('alao')).toBe(false);
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity} (${d.rule})`)).toEqual([
      'content/programs/alao/statistics.yaml:5: error (schema-not-allowed)',
    ]);
  });
});

describe('npm run stats:snapshot', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-snapshot-'));
    await cp(FIXTURE_ROOT, dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes each program's snapshot once a month, and never one lower than the last", async () => {
    const first = await runMain(main, ['--today', '2026-06-01'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('wrote content/programs/alao/statistics.yaml');
    const june = await readFile(join(dir, 'content/programs/alao/statistics.yaml'), 'utf8');
    expect(parse(june).cycles.find((r: { cycle: number }) => r.cycle === 2025).endedEarly).toBe(3);

    const again = await runMain(main, ['--today', '2026-06-20'], { cwd: dir });
    expect(again.stdout).toContain('alao already has its snapshot for 2026-06');
    expect(await readFile(join(dir, 'content/programs/alao/statistics.yaml'), 'utf8')).toBe(june);

    await rm(join(dir, PAIRINGS[0]!));
    const july = await runMain(main, ['--today', '2026-07-01'], { cwd: dir });
    expect(july.code, july.stderr).toBe(0);
    const snapshot = parse(await readFile(join(dir, 'content/programs/alao/statistics.yaml'), 'utf8'));
    expect(snapshot.month).toBe('2026-07');
    expect(snapshot.cycles.find((r: { cycle: number }) => r.cycle === 2025).endedEarly).toBe(3);
  });

  it('takes no snapshot when a stats file does not load, and says which', async () => {
    await cp(join(FIXTURE_ROOT, 'content/stats/alao.yaml'), join(dir, 'content/stats/alao.yaml'));
    const path = join(dir, 'content/stats/alao.yaml');
    await import('node:fs/promises').then(({ writeFile }) => writeFile(path, 'program: alao\nremoved: [\n'));
    const result = await runMain(main, ['--today', '2026-06-01'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^content\/stats\/alao\.yaml:\d+:\d+: error: /m);
    expect(result.stderr).toContain('no snapshot was taken');
    await expect(readFile(join(dir, 'content/programs/alao/statistics.yaml'), 'utf8')).rejects.toThrow();
  });
});

describe('npm run stats:snapshot -- --open-pr', () => {
  let github: GitHubTestServer;
  beforeEach(async () => {
    github = await startFixtureGitHub();
  });
  afterEach(async () => {
    await github.close();
  });

  it("opens the month's pull request with the snapshots and counts only", async () => {
    const result = await runMain(main, ['--today', '2026-06-01', '--open-pr'], {
      cwd: FIXTURE_ROOT,
      env: { ...process.env, ...github.env() },
    });
    expect(result.code, result.stderr).toBe(0);
    const [pull] = github.pulls();
    expect(pull!.pull!.head).toBe('tandem/statistics-2026-06');
    expect(pull!.labels).toContain('statistics');
    const alao = github.fileOn('tandem/statistics-2026-06', 'content/programs/alao/statistics.yaml')!;
    expect(parse(alao).month).toBe('2026-06');
    expect(alao).not.toMatch(/fennimore|ashdown|quillon|pemberton|@/i);
  });
});
