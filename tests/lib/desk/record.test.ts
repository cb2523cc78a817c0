/**
 * `npm run record`: the action issue forms' record actions on the command
 * line. With a token, the pull request holds the pairing file the filled form
 * would have given; without, local mode writes it into a real Git repository.
 * Bad input names what is wrong and exits 2 (usage) or 1 (the pairing would
 * be invalid); the real process runs once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../scripts/record.ts';
import { actionDraft } from '../../../src/lib/issue-forms/actions/draft.ts';
import { actionForm, type PairingActionId } from '../../../src/lib/issue-forms/actions/fields.ts';
import { parseActionRequest } from '../../../src/lib/issue-forms/actions/parse.ts';
import { programsOf } from '../../../src/lib/issue-forms/generated-files.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { recordBranch } from '../../../src/lib/submit/pull-request-names.ts';
import { gitRepository, localEnv, type TestFolder } from '../../support/git-repository.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { PROJECT, runMain, runProcess } from '../../support/run-main.ts';

const TODAY = '2026-11-20';
const PAIRING = 'content/pairings/alcts/2026-inkwhistle-vellumsworth.yaml';
const REF = 'alcts/2026-inkwhistle-vellumsworth';
const BRANCH = recordBranch('pairing', 'alcts', '2026-inkwhistle-vellumsworth');

let repository: TestFolder;

beforeEach(async () => {
  repository = await gitRepository(undefined, {
    'content/programs/alcts/program.yaml': await readFile(join(PROJECT, 'content/programs/alcts/program.yaml'), 'utf8'),
    [PAIRING]: await readFile(join(PROJECT, PAIRING), 'utf8'),
  });
});

afterEach(async () => {
  await repository.remove();
});

const record = (args: string[], env: Record<string, string> = localEnv(repository.root)) =>
  runMain(main, [...args, '--today', TODAY], { cwd: repository.root, env });

/** What the filled issue form gives for the same answers (labels as GitHub renders them), through the form's own reader. */
async function formDraft(action: PairingActionId, answers: Record<string, string>): Promise<string> {
  const files = await readRepositoryFiles(repository.root);
  const { programs } = programsOf(files);
  const form = actionForm(action);
  const body = form
    .fields(programs)
    .map((field) => `### ${field.label}\n\n${answers[field.id] ?? '_No response_'}`)
    .join('\n\n');
  const request = parseActionRequest(body, form, programs);
  expect(request.problems).toEqual([]);
  const draft = actionDraft(action, 'alcts', request.answers, files);
  if (draft.status !== 'draft') throw new Error(draft.problems.join(' '));
  return draft.draftText;
}

describe('npm run record with a token', () => {
  let github: GitHubTestServer;
  beforeEach(async () => {
    github = await GitHubTestServer.start({ files: await repository.contentFiles(), collaborators: {} });
  });
  afterEach(async () => {
    await github.close();
  });

  it('opens the pull request the step-done form would, holding the same pairing file', async () => {
    const run = await record([REF, 'step', 'change-agreed', '--date', '2026-11-18'], { ...localEnv(repository.root), ...github.env() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`pull request #1 for ${PAIRING} on branch ${BRANCH}`);
    const expected = await formDraft('step-done', {
      program: 'ALCTS Mentoring Program',
      pairing: '2026-inkwhistle-vellumsworth',
      step: 'ALCTS Mentoring Program: Both agreed to a change of pairing',
      date: '2026-11-18',
    });
    expect(github.fileOn(BRANCH, PAIRING)).toBe(expected);
    expect(parse(expected).steps).toMatchObject({ 'change-agreed': '2026-11-18' });
    // The working tree is left alone when the pull request goes to GitHub.
    expect(await repository.read(PAIRING)).toBe(await readFile(join(PROJECT, PAIRING), 'utf8'));
  });
});

describe('npm run record without a token (local mode)', () => {
  it('writes the check-in into the pairing file on the pull request branch, dated today by default', async () => {
    const expected = await formDraft('check-in', {
      program: 'ALCTS Mentoring Program',
      pairing: '2026-inkwhistle-vellumsworth',
      date: TODAY,
    });
    const run = await record([REF, 'check-in']);
    expect(run.code, run.stderr).toBe(0);
    expect((await repository.git('symbolic-ref', '--short', 'HEAD')).trim()).toBe(BRANCH);
    expect(parse((await repository.read(PAIRING))!).checkIns).toEqual(['2026-09-02', TODAY]);
    expect(run.stdout).toContain(`git push -u origin ${BRANCH}`);
    expect(await repository.read(PAIRING)).toBe(expected);
  });

  it('records the contact hours and an evaluation, each as the form does', async () => {
    const hours = await record([REF, 'hours', '7.5']);
    expect(hours.code, hours.stderr).toBe(0);
    expect(parse((await repository.read(PAIRING))!).hoursLogged).toBe(7.5);
    // The tree is now dirty: the second change joins the first on the same branch.
    const evaluation = await record([REF, 'evaluation', 'midway-assessment', '--role', 'mentee', '--date', '2026-11-19']);
    expect(evaluation.code, evaluation.stderr).toBe(0);
    expect(evaluation.stdout).toContain(`Written on the current branch ${BRANCH}, because the working tree has uncommitted changes`);
    expect(parse((await repository.read(PAIRING))!).evaluations).toEqual([
      { evaluation: 'midway-assessment', role: 'mentor', received: '2026-11-16' },
      { evaluation: 'midway-assessment', role: 'mentee', received: '2026-11-19' },
    ]);
  });

  it('--dry-run prints the changed file and writes nothing', async () => {
    const run = await record([REF, 'hours', '9', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('hoursLogged: 9');
    expect(await repository.git('status', '--porcelain')).toBe('');
    expect((await repository.git('symbolic-ref', '--short', 'HEAD')).trim()).toBe('main');
  });
});

describe('npm run record refuses bad input, naming it', () => {
  it.each([
    [
      [`alcts/2026-nobody-here`, 'check-in'],
      2,
      'There is no pairing "2026-nobody-here" in alcts (content/pairings/alcts/2026-nobody-here.yaml does not exist)',
    ],
    [
      [REF, 'step', 'orientation'],
      2,
      '"orientation" is not one of the steps of alcts: application-submitted, orientation-attended, change-agreed.',
    ],
    [[REF, 'hours', 'three'], 2, 'The contact hours must be a number, such as 12 or 7.5, not "three".'],
    [[REF, 'check-in', '--date', '2026-02-30'], 2, '--date must be a real date written YYYY-MM-DD, not "2026-02-30".'],
    [[REF, 'evaluation', 'final-survey'], 2, 'Say whose response it is with --role (mentor, mentee, peer).'],
    [[REF, 'evaluation', 'final-survey', '--role', 'chair'], 2, '--role must be one of mentor, mentee, peer, not "chair".'],
    [[REF, 'meeting'], 2, '"meeting" is not something to record: say step, check-in, hours, evaluation.'],
    [['nowhere/2026-a-b', 'check-in'], 2, 'There is no program "nowhere"'],
    [[REF, 'check-in', '--date', '2026-12-01'], 1, 'Check-in 2 is dated in the future.'],
    [[REF, 'step', 'orientation-attended'], 1, 'This step is already recorded for this pairing (on 2026-05-19)'],
  ])('%j: exit %i', async (args, code, message) => {
    const run = await record(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(await repository.git('status', '--porcelain')).toBe('');
  });

  it('--help prints the one usage text', async () => {
    const run = await record(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run record -- <program>\/<pairing-id> step\|check-in\|hours\|evaluation/);
    expect(run.stderr).toBe('');
  });

  it('runs as a real process on Node', async () => {
    const run = await runProcess('scripts/record.ts', [REF, 'hours', 'lots', '--today', TODAY], {
      cwd: repository.root,
      env: localEnv(repository.root),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('record: The contact hours must be a number');
  });
});
