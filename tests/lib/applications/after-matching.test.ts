/** After matching: marking a proposed pairing active records the notice and links the applications; unmatched applications reach the desk after their cycle. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applicationsOfPairing } from '../../../src/lib/applications/link.ts';
import { buildDesk } from '../../../src/lib/desk/build-desk.ts';
import { applyStatusChange } from '../../../src/lib/lifecycle/status-change.ts';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { cycleEnd, unmatchedApplications } from '../../../src/lib/retention/unmatched-applications.ts';
import type { Pairing, Program } from '../../../src/lib/types.generated.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';

const proposed = `program: alcts
kind: mentoring
mentor:
  name: Odalys Fernsby
  email: odalys.fernsby@example.edu
mentee:
  name: Ines Marwood
  email: ines.marwood@example.edu
status: proposed
`;
const PATH = 'content/pairings/alcts/2027-fernsby-marwood.yaml';
const ALCTS_PROGRAM = 'content/programs/alcts/program.yaml';
/** ALCTS's program.yaml once its coordinator has set a retention period (its overview gives none). */
const withRetention = (): string => `${readFileSync(ALCTS_PROGRAM, 'utf8')}retentionDays: 0\n`;

async function repositoryWith(extra: Record<string, string>, today: string) {
  const files: SourceFile[] = (await readRepositoryFiles('.')).filter((file) => !(file.path in extra));
  for (const [path, text] of Object.entries(extra)) files.push({ path, bytes: new TextEncoder().encode(text) });
  return validateFiles(files, { today });
}

describe('marking a proposed pairing active', () => {
  it('is valid as proposed without a notice date, then records the notice date and links both applications', async () => {
    const before = await repositoryWith({ [PATH]: proposed }, '2026-11-30');
    expect(before.diagnostics.filter((d) => d.file === PATH)).toEqual([]);
    const pairing = before.repository.pairings.get('alcts/2027-fernsby-marwood')!.data;
    const applications = applicationsOfPairing(before.repository, 'alcts', pairing);
    expect(applications).toEqual(['2027-fernsby', '2027-marwood']);

    const { text } = applyStatusChange(proposed, {
      status: 'active',
      date: '2026-11-30',
      requestedBy: 'coordinator',
      note: 'Pair told of its match.',
      activeSince: '2026-11-30',
      applications,
    });
    expect(text).toContain('notified: "2026-11-30"');
    const data = parse(text) as Pairing;
    expect(data.notified).toBe('2026-11-30');
    expect(data.applications).toEqual(['2027-fernsby', '2027-marwood']);
    expect(data.status).toBe('active');
    const after = await repositoryWith({ [PATH]: text }, '2026-11-30');
    expect(after.diagnostics.filter((d) => d.file === PATH)).toEqual([]);
  });

  it('needs a notice date once the pairing is no longer proposed', async () => {
    const result = await repositoryWith({ [PATH]: proposed.replace('status: proposed', 'status: active') }, '2026-11-30');
    expect(
      result.diagnostics
        .filter((d) => d.file === PATH)
        .map((d) => d.message)
        .join(' '),
    ).toMatch(/notified/i);
  });

  it('warns about a linked application that is not on file', async () => {
    const text = `${proposed.replace('status: proposed', 'status: active')}notified: "2026-11-30"\napplications: [2027-nobody]\n`;
    const result = await repositoryWith({ [PATH]: text }, '2026-11-30');
    expect(result.diagnostics.filter((d) => d.file === PATH).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      '11:16 warning pairing-applications',
    ]);
  });
});

describe('unmatched applications and retention', () => {
  it('ends a cycle with the formal term that starts in its year, or on December 31', () => {
    expect(cycleEnd({ term: { start: '06-01', end: '04-30' } } as Program, 2027)).toBe('2028-04-30');
    expect(cycleEnd({} as Program, 2027)).toBe('2027-12-31');
  });

  it('removes none while the program sets no retention period (its documents give none)', async () => {
    const result = await repositoryWith({ [PATH]: proposed }, '2028-05-02');
    expect(unmatchedApplications(result.repository, '2030-01-01')).toEqual([]);
    const kinds = buildDesk(result.repository, '2030-01-01')
      .programs.find((program) => program.program === 'alcts')!
      .items.map((item) => item.kind);
    expect(kinds).not.toContain('application-past-retention');
    expect(kinds).toContain('no-retention-period');
  });

  it('lists, after the cycle, every application no pairing came from, on the desk too', async () => {
    const result = await repositoryWith({ [PATH]: proposed, [ALCTS_PROGRAM]: withRetention() }, '2028-05-02');
    const during = unmatchedApplications(result.repository, '2028-04-30');
    expect(during).toEqual([]);
    const after = unmatchedApplications(result.repository, '2028-05-01');
    expect(after.map((entry) => entry.application)).toEqual(['2027-abernathy-lowe', '2027-quenby', '2027-tolliver']);
    expect(after[0]).toMatchObject({
      program: 'alcts',
      cycleEnds: '2028-04-30',
      keepUntil: '2028-04-30',
      file: 'content/applications/alcts/2027/2027-abernathy-lowe.yaml',
    });
    const desk = buildDesk(result.repository, '2028-05-01');
    const items = desk.programs
      .find((program) => program.program === 'alcts')!
      .items.filter((item) => item.kind === 'application-past-retention');
    expect(items.map((item) => item.pairing)).toEqual(['2027-abernathy-lowe', '2027-quenby', '2027-tolliver']);
    expect(JSON.stringify(items)).not.toMatch(/@|Quenby|Tolliver/);
  });
});

describe('npm run retention and unmatched applications', () => {
  it('lists the unmatched applications past their cycle and removes them in its pull request', async () => {
    const { mkdtemp, cp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../../scripts/retention.ts');
    const { runMain } = await import('../../support/run-main.ts');
    const { GitHubTestServer } = await import('../../support/github-server.ts');
    const root = await mkdtemp(join(tmpdir(), 'retention-applications-'));
    const { readdirSync, readFileSync } = await import('node:fs');
    const onMain = Object.fromEntries(
      readdirSync('content/applications/alcts/2027').map((name) => [
        `content/applications/alcts/2027/${name}`,
        readFileSync(`content/applications/alcts/2027/${name}`, 'utf8'),
      ]),
    );
    const github = await GitHubTestServer.start({ collaborators: { 'alcts-mentoring-coordinator': 'write' }, files: onMain });
    try {
      await cp('content/programs', join(root, 'content/programs'), { recursive: true });
      await cp('content/applications', join(root, 'content/applications'), { recursive: true });
      const { writeFile } = await import('node:fs/promises');
      // Nothing is removed before the coordinator sets a period.
      expect((await runMain(main, ['--today', '2028-05-01'], { cwd: root })).stdout).toContain('nothing is kept');
      await writeFile(join(root, ALCTS_PROGRAM), withRetention());
      const listed = await runMain(main, ['--today', '2028-05-01'], { cwd: root });
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stdout).toContain('retention: 5 unmatched applications past retention on 2028-05-01:');
      expect(listed.stdout).toContain(
        'alcts/2027-marwood (cycle ended 2028-04-30, keep until 2028-04-30): content/applications/alcts/2027/2027-marwood.yaml',
      );
      expect((await runMain(main, ['--today', '2028-04-30'], { cwd: root })).stdout).toContain('nothing is kept');

      const opened = await runMain(main, ['--today', '2028-05-01', '--open-pr'], { cwd: root, env: { ...process.env, ...github.env() } });
      expect(opened.code, opened.stderr).toBe(0);
      const [pull] = github.pulls();
      expect(pull?.title).toBe('Retention: remove 5 unmatched applications past their cycle');
      expect(pull?.body).not.toMatch(/Fernsby|Marwood|@/);
      for (const path of Object.keys(onMain)) expect(github.fileOn(pull!.pull!.head, path)).toBeUndefined();
    } finally {
      await github.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
