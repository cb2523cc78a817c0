/**
 * A whole cycle of a program with the rules of issue 20, end to end and in
 * process, through the scripts a coordinator runs: a mentor taking two
 * mentees, pairs notified in October for a November 1 start, a mentor's
 * mid-year report, an end evaluation two weeks after the end, a yearly
 * application window with a matched-by date, and at least monthly meetings.
 * The program (tests/fixtures/yearly-program) is added, applications come
 * in (one late, accepted by the coordinator; one invalid), matching proposes,
 * every proposal is activated, the desk and the notices remind only who
 * answers, and the pairs are closed. Every pull request is "merged" by
 * copying its branch's files into the checkout: no file is edited by hand.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main as applicationNew } from '../../../scripts/application-new.ts';
import { main as contractNew } from '../../../scripts/contract-new.ts';
import { main as desk } from '../../../scripts/desk.ts';
import { main as match } from '../../../scripts/match.ts';
import { main as notices } from '../../../scripts/notices.ts';
import { main as pairingStatus } from '../../../scripts/pairing-status.ts';
import { main as validate } from '../../../scripts/validate.ts';
import { applyingText } from '../../../src/lib/applications/applying-text.ts';
import { programCalendar } from '../../../src/lib/calendar/program-calendar.ts';
import { filesListedIn } from '../../../src/lib/matching/pull-request.ts';
import type { Program } from '../../../src/lib/types.generated.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { runMain, type Main } from '../../support/run-main.ts';

const FIXTURE = resolve('tests/fixtures/yearly-program');
const PROGRAM = 'content/programs/lakeshore/program.yaml';

let root: string;
let github: GitHubTestServer;

const env = () => ({ ...github.env(), TANDEM_GITHUB_DELAY_SCALE: '0.001', SITE_URL: 'https://mentoring.example.org/' });
const run = (script: Main, argv: string[]) => runMain(script, argv, { cwd: root, env: env() });

/** "Merges" the newest pull request that changes `paths`: writes its branch's version of them into the checkout and onto main. */
async function merge(paths: readonly string[]): Promise<void> {
  const branch = github
    .pulls()
    .map((pull) => pull.pull!.head)
    .reverse()
    .find((head) =>
      paths.every((path) => github.fileOn(head, path) !== undefined && github.fileOn(head, path) !== github.fileOn('main', path)),
    );
  expect(branch, `a pull request changing ${paths.join(', ')}`).toBeDefined();
  const files: Record<string, string> = {};
  for (const path of paths) {
    const text = github.fileOn(branch!, path);
    files[path] = text!;
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text!);
  }
  github.commit('main', files, `Merge ${branch!}`);
}

const applicant = (surname: string, fields: Record<string, unknown>) => ({
  program: 'lakeshore',
  cycle: 2026,
  name: `Sam ${surname[0]!.toUpperCase()}${surname.slice(1)}`,
  email: `${surname}@example.org`,
  member: true,
  roles: ['mentee'],
  interests: ['Cataloging'],
  careerStage: 'early',
  methods: ['video'],
  submitted: '2026-08-20',
  ...fields,
});

async function apply(surname: string, fields: Record<string, unknown>, today: string): Promise<string> {
  const draft = join(root, `${surname}.yaml`);
  await writeFile(draft, JSON.stringify(applicant(surname, fields)));
  const result = await run(applicationNew, ['--from', draft, '--today', today]);
  expect(result.code, result.stderr).toBe(0);
  const path = `content/applications/lakeshore/2026/2026-${surname}.yaml`;
  await merge([path]);
  return path;
}

const readPairing = async (id: string) =>
  parse(await readFile(join(root, `content/pairings/lakeshore/${id}.yaml`), 'utf8')) as Record<string, unknown>;

interface DeskJson {
  programs: { program: string; items: { kind: string; pairing: string; due: string; detail: string }[] }[];
}
const deskItems = (stdout: string) => (JSON.parse(stdout) as DeskJson).programs.flatMap((program) => program.items);
interface NoticesJson {
  send: { pairing: string; notice: string; item?: string; due: string; to: string[] }[];
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-yearly-'));
  await cp(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  github = await GitHubTestServer.start({ collaborators: { 'lakeshore-coordinator': 'write' } });
});

afterAll(async () => {
  await github.close();
  await rm(root, { recursive: true, force: true });
});

describe('a yearly program, from its program.yaml to closing its pairs', () => {
  let pairings: string[] = [];

  it('is added: valid, with its yearly window and matched-by date on the overview and in the calendar', async () => {
    const result = await run(validate, ['--today', '2026-07-01']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const program = parse(await readFile(join(root, PROGRAM), 'utf8')) as Program;
    expect(applyingText(program, '2026-07-01')?.sentences).toEqual(
      expect.arrayContaining([
        'Applications are accepted every year from 1 August to 15 September; applicants are told of their match by 15 October.',
        'Applications for 2026 open 1 August and close 15 September. Applicants are told of their match by 15 October.',
      ]),
    );
    const events = programCalendar(program, 2026, '2026-07-01').events;
    expect(events.map((event) => [event.summary, event.start, event.rrule !== undefined])).toEqual(
      expect.arrayContaining([
        ['Lakeshore Library Guild Mentoring: applications open', '2026-08-01', true],
        ['Lakeshore Library Guild Mentoring: applications close', '2026-09-15', true],
        ['Lakeshore Library Guild Mentoring: applicants told of their match by', '2026-10-15', true],
        ['Lakeshore Library Guild Mentoring: End-of-year evaluation due', '2027-11-14', true],
      ]),
    );
  });

  it('takes applications, one late and accepted by the coordinator', async () => {
    await apply('mentor', { roles: ['mentor'], careerStage: 'senior', capacity: 2, interests: ['Cataloging', 'Leadership'] }, '2026-08-20');
    await apply('first', { interests: ['Cataloging'] }, '2026-08-21');
    await apply('second', { interests: ['Leadership'], methods: ['video', 'phone'] }, '2026-09-01');
    const late = applicant('third', { submitted: '2026-09-20' });
    await writeFile(join(root, 'third.yaml'), JSON.stringify(late));
    const refused = await run(applicationNew, ['--from', join(root, 'third.yaml'), '--today', '2026-09-20']);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('Submitted lies outside the 2026 application window (2026-08-01 to 2026-09-15)');
    await apply(
      'third',
      {
        submitted: '2026-09-20',
        lateAccepted: { by: 'lakeshore-coordinator', on: '2026-09-21', reason: 'Asked in time by phone; the email bounced.' },
      },
      '2026-09-21',
    );
  });

  it("matches the valid applications, lists an invalid one as unmatched with the validator's reason, and every proposal activates in full", async () => {
    // An application that slipped in with a capacity above the program's limit (written by another tool): it must not stop the cycle.
    await writeFile(
      join(root, 'content/applications/lakeshore/2026/2026-greedy.yaml'),
      JSON.stringify(applicant('greedy', { roles: ['mentor'], careerStage: 'senior', capacity: 5 })),
    );
    const strict = await run(match, ['lakeshore', '--cycle', '2026', '--strict', '--today', '2026-10-01']);
    expect(strict.code).toBe(1);
    const proposed = await run(match, ['lakeshore', '--cycle', '2026', '--open-pr', '--format', 'json', '--today', '2026-10-01']);
    expect(proposed.code, proposed.stderr).toBe(0);
    const proposal = JSON.parse(proposed.stdout) as {
      pairs: { mentor: string; mentee: string }[];
      unmatched: { application: string; reason: string }[];
    };
    expect(proposal.unmatched).toContainEqual({
      application: '2026-greedy',
      reason: expect.stringContaining('Capacity is above program "lakeshore"\'s limit of 2 mentees per mentor (maxMentees)'),
    });
    expect(proposal.pairs.filter((pair) => pair.mentor === '2026-mentor')).toHaveLength(2);
    const files = filesListedIn(github.pulls().at(-1)!.body);
    expect(files).toHaveLength(2);
    await merge(files);
    await rm(join(root, 'content/applications/lakeshore/2026/2026-greedy.yaml'));
    pairings = files.map((path) => path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length));

    // Notified in October; the start defaults to the term's, November 1. Both activate: the mentor's capacity is 2.
    for (const id of pairings) {
      const result = await run(pairingStatus, [`lakeshore/${id}`, 'active', '--note', 'Both told of the match.', '--today', '2026-10-12']);
      expect(result.code, result.stderr).toBe(0);
      await merge([`content/pairings/lakeshore/${id}.yaml`]);
      expect(await readPairing(id)).toMatchObject({ cycle: 2026, notified: '2026-10-12', start: '2026-11-01', status: 'active' });
    }
    const valid = await run(validate, ['--today', '2026-10-12']);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
  });

  it('warns about an agreement that meets less often than monthly, and takes the signed ones', async () => {
    expect(pairings).toHaveLength(2);
    const [firstId] = pairings;
    for (const id of pairings) {
      const pairing = await readPairing(id);
      const person = (role: 'mentor' | 'mentee') => pairing[role] as { name: string; email: string };
      const contract = {
        program: 'lakeshore',
        pairing: id,
        kind: 'mentoring',
        parties: [
          { role: 'mentor', ...person('mentor'), signed: '2026-10-20' },
          { role: 'mentee', ...person('mentee'), signed: '2026-10-21' },
        ],
        goals: ['Learn the cataloging workflow'],
        start: '2026-11-01',
        meetings: { frequency: id === firstId ? 'every six weeks' : 'monthly', methods: ['video'] },
      };
      const draft = join(root, `${id}-contract.yaml`);
      await writeFile(draft, JSON.stringify(contract));
      const result = await run(contractNew, ['--from', draft, '--today', '2026-10-22']);
      expect(result.code, result.stderr).toBe(0);
      if (id === firstId) expect(result.stderr + result.stdout).toContain('pairs meet at least monthly');
      await merge([`content/contracts/lakeshore/${id}.yaml`]);
    }
  });

  it('reminds only who answers: the mentor of the mid-year report, and nothing due before the start', async () => {
    // Nothing from before the match is chased: the desk in November lists no report due before November 1.
    const november = deskItems((await run(desk, ['--today', '2026-11-05', '--format', 'json'])).stdout);
    expect(november.filter((item) => item.due < '2026-11-01')).toEqual([]);

    const midYear = await run(notices, ['--today', '2027-04-25', '--format', 'json', '--ledger-file', join(root, 'ledger.json')]);
    expect(midYear.code, midYear.stderr).toBe(0);
    const mid = (JSON.parse(midYear.stdout) as NoticesJson).send.filter((notice) => notice.item === 'mid-year-report');
    expect(mid).toHaveLength(2);
    for (const notice of mid) expect(notice).toMatchObject({ due: '2027-05-02', to: ['mentor'] });
    const deskMid = deskItems((await run(desk, ['--today', '2027-04-25', '--format', 'json'])).stdout);
    const report = deskMid.filter((item) => item.kind === 'evaluation-due' && item.detail.startsWith("Mentor's mid-year report"));
    expect(report).toHaveLength(2);
    for (const item of report) expect(item.detail).toContain('not yet received from the mentor;');
  });

  it('closes each pair, and still asks both for the end evaluation two weeks after the end', async () => {
    expect(pairings).toHaveLength(2);
    for (const id of pairings) {
      const result = await run(pairingStatus, [
        `lakeshore/${id}`,
        'completed',
        '--note',
        'The year is over.',
        '--by',
        'both',
        '--today',
        '2027-10-31',
      ]);
      expect(result.code, result.stderr).toBe(0);
      await merge([`content/pairings/lakeshore/${id}.yaml`]);
      expect(await readPairing(id)).toMatchObject({ status: 'completed' });
    }
    const valid = await run(validate, ['--today', '2027-11-01']);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    const end = await run(notices, ['--today', '2027-11-10', '--format', 'json', '--ledger-file', join(root, 'ledger.json')]);
    const endNotices = (JSON.parse(end.stdout) as NoticesJson).send.filter((notice) => notice.item === 'end-evaluation');
    expect(endNotices).toHaveLength(2);
    for (const notice of endNotices) expect(notice).toMatchObject({ due: '2027-11-14', to: ['mentor', 'mentee'] });
    const deskEnd = deskItems((await run(desk, ['--today', '2027-11-10', '--format', 'json'])).stdout);
    const asked = deskEnd.filter((item) => item.kind === 'evaluation-due' && item.detail.startsWith('End-of-year evaluation'));
    expect(asked).toHaveLength(2);
    for (const item of asked)
      expect(item.detail).toContain('2 weeks after the end of the relationship; not yet received from the mentor and the mentee');
  });
});
