import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPastRetention } from '../../../src/lib/retention/past-retention.ts';
import { retentionChange } from '../../../src/lib/retention/retention-change.ts';
import { addRemovedCounts } from '../../../src/lib/retention/stats-file.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { main } from '../../../scripts/retention.ts';
import type { GitHubTestServer } from '../../support/github-server.ts';
import { runMain, runProcess } from '../../support/run-main.ts';
import { fixtureFiles, FIXTURE_ROOT, startFixtureGitHub } from '../../support/desk-fixture-repo.ts';
import { program, records } from '../../support/pairing-records.ts';

const NAMES = /Quillon|Brackenbury|Fennimore|Ashdown|Larkspur|Whitcombe|Pemberton|Oakes|@example\.edu/;

const ended = (status: 'completed' | 'ended-early' | 'reassigned', date: string) => ({
  status,
  history: [
    { date: '2026-01-20', status: 'active' as const, requestedBy: 'coordinator' as const, note: 'Started.' },
    { date, status, requestedBy: 'both' as const, note: 'Ended.', coordinatorInformed: date, newPairing: '2026-new-pair' },
  ],
});

describe('what is past retention', () => {
  it('removes a relationship once more than retentionDays have passed since the end in its history', () => {
    const set = records(program('alao', { retentionDays: 10 }), [
      { id: '2026-done', pairing: ended('completed', '2026-03-01'), contract: {} },
      { id: '2026-active', contract: {} },
    ]);
    expect(findPastRetention(set, '2026-03-11').past).toEqual([]);
    expect(findPastRetention(set, '2026-03-12').past).toEqual([
      {
        program: 'alao',
        pairingId: '2026-done',
        kind: 'mentoring',
        outcome: 'completed',
        cycle: 2026,
        endedOn: '2026-03-01',
        keepUntil: '2026-03-11',
        files: ['content/pairings/alao/2026-done.yaml', 'content/contracts/alao/2026-done.yaml'],
        responses: [],
      },
    ]);
  });

  it('with 0 days, removes from the day after the end; falls back to the contract end', () => {
    const set = records(program('alao', { retentionDays: 0 }), [
      { id: '2026-no-history', pairing: { status: 'completed' }, contract: { start: '2026-02-10', durationMonths: 10 } },
    ]);
    expect(findPastRetention(set, '2026-12-10').past).toEqual([]);
    expect(findPastRetention(set, '2026-12-11').past.map((item) => item.endedOn)).toEqual(['2026-12-10']);
  });

  it('removes nothing, ever, where the program sets no retention period (its documents give none)', () => {
    const { retentionDays: _set, ...cala } = program('cala');
    const set = records(cala, [
      { id: '2020-done', pairing: ended('completed', '2020-03-01'), contract: {} },
      { id: '2020-unknown', pairing: { status: 'ended-early' } },
    ]);
    expect(findPastRetention(set, '2030-01-01')).toEqual({ past: [], unknownEnd: [] });
  });

  it('names ended pairings whose end cannot be told', () => {
    const set = records(program('alao', { retentionDays: 0 }), [{ id: '2026-unknown', pairing: { status: 'ended-early' } }]);
    expect(findPastRetention(set, '2027-01-01')).toEqual({
      past: [],
      unknownEnd: [{ program: 'alao', pairingId: '2026-unknown', file: 'content/pairings/alao/2026-unknown.yaml' }],
    });
  });
});

describe('the stats file', () => {
  it('adds to existing groups and appends new ones, keeping comments', () => {
    const existing =
      '# Kept by hand too.\nprogram: alao\nremoved:\n  - { cycle: 2024, kind: mentoring, outcome: completed, count: 4 } # first cohort\n';
    const text = addRemovedCounts(existing, 'alao', [
      { cycle: 2024, kind: 'mentoring', outcome: 'completed', count: 2 },
      { cycle: 2026, kind: 'peer', outcome: 'reassigned', count: 1 },
    ]);
    expect(text).toBe(
      '# Kept by hand too.\nprogram: alao\nremoved:\n  - { cycle: 2024, kind: mentoring, outcome: completed, count: 6 } # first cohort\n  - { cycle: 2026, kind: peer, outcome: reassigned, count: 1 }\n',
    );
  });

  it('starts a new file that the validator accepts', async () => {
    const text = addRemovedCounts(undefined, 'alcts', [{ cycle: 2025, kind: 'mentoring', outcome: 'completed', count: 1 }]);
    expect(parse(text)).toEqual({ program: 'alcts', removed: [{ cycle: 2025, kind: 'mentoring', outcome: 'completed', count: 1 }] });
    const result = validateFiles(await fixtureFiles({ 'content/stats/alcts.yaml': text }), {
      today: '2026-06-15',
      only: ['content/stats/alcts.yaml'],
    });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('the retention change', () => {
  it('deletes every file past retention and counts them by program, cycle, kind and outcome, with no names', async () => {
    const { repository } = validateFiles(await fixtureFiles(), { today: '2026-06-15' });
    const { past } = findPastRetention(repository, '2026-06-15');
    const change = retentionChange(past, '2026-06-15', (id) =>
      id === 'alao'
        ? '# Anonymous counts of removed relationships.\nprogram: alao\nremoved:\n  - { cycle: 2025, kind: peer, outcome: ended-early, count: 2 }\n'
        : undefined,
    );
    expect(change.branch).toBe('tandem/retention');
    expect(
      Object.entries(change.files)
        .filter(([, text]) => text === null)
        .map(([path]) => path)
        .sort(),
    ).toEqual([
      'content/contracts/alao/2025-fennimore-ashdown.yaml',
      'content/contracts/alcts/2025-larkspur-whitcombe.yaml',
      'content/pairings/alao/2025-fennimore-ashdown.yaml',
      'content/pairings/alcts/2025-larkspur-whitcombe.yaml',
    ]);
    // The removed pairs' evaluation responses are kept as counts too, so the public response counts never shrink.
    expect(parse(change.files['content/stats/alao.yaml']!)).toEqual({
      program: 'alao',
      removed: [{ cycle: 2025, kind: 'peer', outcome: 'ended-early', count: 3 }],
      responses: [{ cycle: 2025, evaluation: 'program-evaluation', count: 2 }],
    });
    expect(parse(change.files['content/stats/alcts.yaml']!)).toEqual({
      program: 'alcts',
      removed: [{ cycle: 2025, kind: 'mentoring', outcome: 'completed', count: 1 }],
      responses: [{ cycle: 2025, evaluation: 'mid-way-assessment', count: 2 }],
    });
    for (const text of [change.title, change.body, change.message, ...Object.values(change.files)]) {
      expect(text ?? '').not.toMatch(NAMES);
      expect(text ?? '').not.toMatch(/fennimore|larkspur/);
    }
  });
});

describe('npm run retention -- --open-pr', () => {
  let github: GitHubTestServer;
  beforeEach(async () => {
    github = await startFixtureGitHub();
  });
  afterEach(async () => {
    await github.close();
  });

  it('opens one pull request removing the files and adding the counts; a second run opens no other', async () => {
    const env = { ...process.env, ...github.env() };
    // The real `node scripts/retention.ts` once; main in this process after that.
    const first = await runProcess('scripts/retention.ts', ['--today', '2026-06-15', '--open-pr'], { cwd: FIXTURE_ROOT, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/pull request #\d+ created/);
    expect(first.stdout).toContain('retention: 2 relationships past retention on 2026-06-15:\n  alao/2025-fennimore-ashdown (');
    const pulls = github.pulls();
    expect(pulls).toHaveLength(1);
    const branch = pulls[0]!.pull!.head;
    expect(branch).toBe('tandem/retention');
    expect(pulls[0]!.labels).toEqual(expect.arrayContaining(['retention', 'program:alao', 'program:alcts']));
    expect(github.fileOn(branch, 'content/pairings/alao/2025-fennimore-ashdown.yaml')).toBeUndefined();
    expect(github.fileOn(branch, 'content/contracts/alcts/2025-larkspur-whitcombe.yaml')).toBeUndefined();
    const kept = 'content/pairings/alao/2026-quillon-brackenbury.yaml';
    expect(github.fileOn(branch, kept)).toBe(await readFile(join(FIXTURE_ROOT, kept), 'utf8'));
    // The removal happens on the pull request's branch only: the checkout the script ran in keeps its files.
    await expect(readFile(join(FIXTURE_ROOT, 'content/pairings/alao/2025-fennimore-ashdown.yaml'), 'utf8')).resolves.toContain(
      'program: alao',
    );
    const stats = github.fileOn(branch, 'content/stats/alao.yaml')!;
    expect(stats).toContain('# Anonymous counts of removed relationships.');
    expect(parse(stats).removed).toEqual([
      { cycle: 2024, kind: 'mentoring', outcome: 'completed', count: 4 },
      { cycle: 2025, kind: 'peer', outcome: 'ended-early', count: 3 },
    ]);
    expect(`${pulls[0]!.title}\n${pulls[0]!.body}\n${stats}\n${github.fileOn(branch, 'content/stats/alcts.yaml')}`).not.toMatch(NAMES);

    const second = await runMain(main, ['--today', '2026-06-15', '--open-pr'], { cwd: FIXTURE_ROOT, env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/pull request #\d+ unchanged/);
    expect(github.pulls()).toHaveLength(1);

    // The weekly workflow's next run, a week later: the same one pull request, updated.
    const nextWeek = await runMain(main, ['--today', '2026-06-22', '--open-pr'], { cwd: FIXTURE_ROOT, env });
    expect(nextWeek.code, nextWeek.stderr).toBe(0);
    expect(nextWeek.stdout).toMatch(/pull request #\d+ updated/);
    expect(github.pulls()).toHaveLength(1);
    expect(github.pulls()[0]!.body).toContain('as of 2026-06-22');
  });

  it('lists without opening anything when nothing is past retention', async () => {
    const result = await runMain(main, ['--today', '2025-06-01', '--open-pr'], {
      cwd: FIXTURE_ROOT,
      env: { ...process.env, ...github.env() },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nothing is kept past');
    expect(github.writeRequests()).toEqual([]);
  });
});
