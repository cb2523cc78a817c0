/**
 * `npm run pairing:new` end to end: the id made from the cycle and the
 * surnames, the branch and file it names, and --id / --cycle.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useCommandFixture } from './command-fixture.ts';
import { commandEnv, FIXTURES, lastLine, runScript, writeDraft } from '../../support/run-command.ts';

const fixture = useCommandFixture();

/** In this process, or (once) as the real `node scripts/pairing-new.ts`. */
const pairingNew = (args: string[], spawn = false) =>
  runScript('pairing-new', [...args, '--today', '2026-03-10'], {
    cwd: fixture.repository.root,
    env: commandEnv(fixture.github.env()),
    spawn,
  });

it('derives the id from the year notified and the two surnames, ASCII-folded', async () => {
  const draft = await readFile(join(FIXTURES, 'drafts/pairing.yaml'), 'utf8');
  const from = await writeDraft(fixture.repository.root, 'pairing.yaml', draft);
  const run = await pairingNew(['--from', from]);

  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(lastLine(run.stdout)).toBe(`${fixture.github.url}/${fixture.github.slug}/pull/1`);
  const path = 'content/pairings/demo/2026-angstrom-berg-o-brien.yaml';
  expect(fixture.github.fileOn('tandem/pairing-8f3fac707b80', path)).toBe(draft);
  const [pull] = fixture.github.pulls();
  expect(pull?.title).toBe('Add pairing 8f3fac707b80 in DEMO (demo)');
  expect(pull?.labels).toEqual(['pairing', 'program:demo']);
  expect(pull?.pull?.requestedReviewers).toEqual(['casey-coord', 'robin-review']);
  expect(pull?.body).toContain('| Mentor | Zoë Ångström-Berg |');
  expect(pull?.body).toContain("| Mentee | Sam O'Brien |");
  expect(fixture.github.git.commits.get(fixture.github.branchHead('tandem/pairing-8f3fac707b80') as string)?.message).toBe(
    'Add pairing 8f3fac707b80 in DEMO (demo)',
  );
});

it('takes the cycle from --cycle and the whole id from --id', async () => {
  const draft = await readFile(join(FIXTURES, 'drafts/pairing.yaml'), 'utf8');
  const from = await writeDraft(fixture.repository.root, 'pairing.yaml', draft);
  const planned = await pairingNew(['--from', from, '--cycle', '2027', '--dry-run']);
  expect(planned.code).toBe(0);
  expect(planned.stdout).toContain('This would add content/pairings/demo/2027-angstrom-berg-o-brien.yaml');

  const named = await pairingNew(['--from', from, '--id', '2026-berg-obrien']);
  expect(named.code).toBe(0);
  expect(fixture.github.fileOn('tandem/pairing-5975ff151ea2', 'content/pairings/demo/2026-berg-obrien.yaml')).toBe(draft);
});

it('refuses a pairing that is already on file', async () => {
  const draft = await readFile(join(fixture.repository.root, 'content/pairings/demo/2026-lee-okafor.yaml'), 'utf8');
  const from = await writeDraft(fixture.repository.root, 'pairing.yaml', draft);
  const run = await pairingNew(['--from', from]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('content/pairings/demo/2026-lee-okafor.yaml already exists in this repository; it was not changed.');
  expect(fixture.github.requests).toEqual([]);
});

it('answers --help and usage mistakes through the runner: one usage text, exit 0 and 2, nothing sent', async () => {
  const help = await pairingNew(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm run pairing:new -- \[--from draft\.yaml \| --from -\] \[--id 2026-lee-okafor \| --cycle 2026\]/);
  expect(help.stdout).toContain('--cycle    the cycle year the id is made with');
  expect(help.stdout.match(/Usage:/g)).toHaveLength(1);

  const unknown = await pairingNew(['--from', 'pairing.yaml', '--colour', 'blue']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/^pairing:new: Unknown option '--colour'/);
  expect(unknown.stderr).toContain('\nUsage: npm run pairing:new -- ');

  const cycle = await pairingNew(['--from', 'pairing.yaml', '--cycle', '26']);
  expect(cycle.code).toBe(2);
  expect(cycle.stderr).toMatch(/^pairing:new: --cycle must be a year such as 2026, not "26"\.\nUsage: /);

  const today = await runScript('pairing-new', ['--from', 'pairing.yaml', '--today', '2026-02-30'], {
    cwd: fixture.repository.root,
    env: commandEnv(fixture.github.env()),
  });
  expect(today.code).toBe(2);
  expect(today.stderr).toMatch(/^pairing:new: --today must be a real date written YYYY-MM-DD, not "2026-02-30"\./);
  expect(fixture.github.requests).toEqual([]);
});

it('without --from and without a terminal, says how to give the draft: exit 2', async () => {
  // A real process, its standard input a pipe: whatever terminal the tests run in, the command has none.
  // (The one real `node scripts/pairing-new.ts` of this file; the others call main.)
  const run = await pairingNew([], true);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /^pairing:new: Give the draft with --from draft\.yaml .*there is no terminal to ask the questions on\.\nUsage: /,
  );
  expect(fixture.github.requests).toEqual([]);
});
