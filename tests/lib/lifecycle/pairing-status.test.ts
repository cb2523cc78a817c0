import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/pairing-status.ts';
import type { GitHubTestServer } from '../../support/github-server.ts';
import { runMain, runProcess } from '../../support/run-main.ts';
import { FIXTURE_ROOT, startFixtureGitHub } from '../../support/desk-fixture-repo.ts';

const FILE = 'content/pairings/alao/2026-quillon-brackenbury.yaml';

/** Through main in this process, or (`spawn`, once) as the real `node scripts/pairing-status.ts`. */
const runScript = (args: string[], env: NodeJS.ProcessEnv, spawn = false) =>
  spawn ? runProcess('scripts/pairing-status.ts', args, { cwd: FIXTURE_ROOT, env }) : runMain(main, args, { cwd: FIXTURE_ROOT, env });

let github: GitHubTestServer;
let fixtureBefore: string;
beforeEach(async () => {
  github = await startFixtureGitHub();
  fixtureBefore = await readFile(join(FIXTURE_ROOT, FILE), 'utf8');
});
afterEach(async () => {
  await github.close();
  // The change goes to GitHub only: the checkout the script ran in (the fixture in this repository) is never written.
  expect(await readFile(join(FIXTURE_ROOT, FILE), 'utf8')).toBe(fixtureBefore);
});

describe('npm run pairing:status', () => {
  it('opens the pull request with the changed pairing on its own branch, labelled and reviewed', async () => {
    const result = await runScript(
      [
        'alao/2026-quillon-brackenbury',
        'ended-early',
        '--note',
        'New job left no time.',
        '--by',
        'mentee',
        '--date',
        '2026-03-04',
        '--informed',
        '2026-03-05',
        '--today',
        '2026-03-06',
      ],
      { ...process.env, ...github.env() },
      true,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/pull request #\d+ created/);
    const [pull] = github.pulls();
    expect(pull!.pull!.head).toBe('tandem/status-ac2200a6cba2');
    expect(pull!.labels).toEqual(expect.arrayContaining(['pairing', 'program:alao']));
    expect(pull!.pull!.requestedReviewers).toEqual(['alao-coordinator']);
    const changed = github.fileOn(pull!.pull!.head, FILE)!;
    expect(parse(changed)).toMatchObject({
      status: 'ended-early',
      history: [
        { date: '2026-02-10', status: 'active' },
        {
          date: '2026-03-04',
          status: 'ended-early',
          requestedBy: 'mentee',
          note: 'New job left no time.',
          coordinatorInformed: '2026-03-05',
        },
      ],
    });
    // The rest of the file is exactly as it was.
    expect(changed.startsWith('program: alao\nkind: mentoring\nmentor: { name: Wilhelmina Quillon')).toBe(true);
  });

  it('opens nothing for a change the lifecycle forbids or that would be invalid, and says why', async () => {
    const env = { ...process.env, ...github.env() };
    const back = await runScript(['alao/2026-quillon-brackenbury', 'proposed', '--note', 'x', '--today', '2026-03-06'], env);
    expect(back).toMatchObject({ code: 1 });
    expect(back.stderr).toContain('it can only change to completed, ended-early or reassigned, not to proposed');
    const missing = await runScript(
      ['alao/2026-quillon-brackenbury', 'reassigned', '--note', 'x', '--new-pairing', '2026-no-such-pair', '--today', '2026-03-06'],
      env,
    );
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain(`${FILE}:16:17: error:`);
    expect(missing.stderr).toContain('(pairing-history-new-pairing-exists)');
    const noNote = await runScript(['alao/2026-quillon-brackenbury', 'completed', '--today', '2026-03-06'], env);
    expect(noNote).toMatchObject({ code: 2 });
    expect(noNote.stderr).toContain('--note');
    for (const failure of [back, missing, noNote]) expect(failure.stderr).not.toContain('    at ');
    expect(github.writeRequests()).toEqual([]);
  });

  it('prints the change and opens nothing with --dry-run', async () => {
    const result = await runScript(
      ['alao/2026-pemberton-oakes', 'active', '--note', 'Contract on its way.', '--today', '2026-03-06', '--dry-run'],
      { ...process.env, ...github.env() },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'status: active\nhistory:\n  - date: 2026-03-06\n    status: active\n    requestedBy: coordinator\n    note: Contract on its way.\n',
    );
    expect(result.stdout).toContain('# Notified, no contract yet.');
    expect(github.writeRequests()).toEqual([]);
  });
});
