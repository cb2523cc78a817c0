/**
 * Coordinator actions from GitHub's web interface: each generated action form,
 * filled and rendered the way GitHub renders it, is read back and becomes the
 * right pull request against the GitHub-shaped test server, or a comment
 * saying what to fix; one run goes through the real scripts/issue-to-pr.ts.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, readGitHubSettings, repositoryRole } from '../../src/lib/github/index.ts';
import { draftVerdictOf } from '../../src/lib/issue-forms/actions/verdict.ts';
import { ACTION_FORMS, actionForm, actionFormPath, formPrograms, type ActionId } from '../../src/lib/issue-forms/actions/fields.ts';
import { actionFormUrl } from '../../src/lib/issue-forms/actions/links.ts';
import { handleActionRequest } from '../../src/lib/issue-forms/actions/handle.ts';
import { readRepositoryFiles, type SourceFile } from '../../src/lib/repository/read-files.ts';
import { DELAY_SCALE_VARIABLE } from '../../src/lib/github/client.ts';
import { submitPairingDraft } from '../../src/lib/submit/submit-draft.ts';
import { submitProgram } from '../../src/lib/submit/submit-program.ts';
import { acceptLateApplication } from '../../src/lib/applications/accept-late.ts';
import { validateFiles } from '../../src/lib/validate/index.ts';
import { main as issueToPr } from '../../scripts/issue-to-pr.ts';
import { GitHubTestServer } from '../support/github-server.ts';
import { runMain } from '../support/run-main.ts';
import { repositoryPrograms } from './programs.ts';

const TODAY = '2026-11-20';
const PAIRING = 'content/pairings/alcts/2026-inkwhistle-vellumsworth.yaml';
const programs = repositoryPrograms();
const alcts = programs.find((program) => program.id === 'alcts')!;

interface FormElement {
  type: string;
  id?: string;
  attributes: { label: string; options?: string[]; default?: number; description?: string };
  validations?: unknown;
}

type Form = { labels: string[]; body: FormElement[] };
const forms = new Map<ActionId, Form>();
/** A committed action form, parsed once per id: every filled form reads its form twice, and the tests only read it. */
function readForm(id: ActionId): Form {
  let form = forms.get(id);
  if (form === undefined) forms.set(id, (form = parse(readFileSync(actionFormPath(id), 'utf8')) as Form));
  return form;
}

/** The body GitHub writes for a submitted form: `### label`, a blank line, the answer or _No response_. */
function submittedBody(id: ActionId, answers: Record<string, string>): string {
  return readForm(id)
    .body.filter((element) => element.type !== 'markdown')
    .map((element) => `### ${element.attributes.label}\n\n${answers[element.id ?? ''] || '_No response_'}`)
    .join('\n\n');
}

let github: GitHubTestServer;
let files: SourceFile[];
const comments: string[] = [];

beforeEach(async () => {
  files = (await readRepositoryFiles('.')).filter((file) => !file.path.startsWith('content/contracts/') || file.path.includes('/alcts/'));
  github = await GitHubTestServer.start({
    collaborators: { 'alcts-coordinator': 'write' },
    files: { [PAIRING]: await readFile(PAIRING, 'utf8') },
  });
  comments.length = 0;
});

afterEach(async () => {
  await github.close();
});

async function act(id: ActionId, answers: Record<string, string>, author = 'alcts-coordinator') {
  const client = createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001 });
  const settings = readGitHubSettings(github.env());
  const form = readForm(id);
  return handleActionRequest(
    { number: 7, body: submittedBody(id, answers), author, labels: form.labels },
    {
      programs,
      files,
      comment: async (body) => void comments.push(body),
      authorRole: (login) => repositoryRole(client, settings.repo, login),
      submitProgram: (program) => submitProgram({ ...program, repositoryFiles: files, today: TODAY, client, repo: settings.repo }),
      acceptLate: (acceptance) => acceptLateApplication({ kind: 'github', client, repo: settings.repo }, files, acceptance, TODAY),
      submit: async ({ draftText, id: pairingId, amend }) =>
        draftVerdictOf(
          await submitPairingDraft({
            files,
            draftText,
            today: TODAY,
            client,
            repo: settings.repo,
            amend,
            ...(pairingId !== undefined && { id: pairingId }),
            bodyNote: 'From issue #7.',
          }),
        ),
    },
  );
}

/** The pairing file as the one pull request proposes it. */
const proposed = (path = PAIRING): Record<string, unknown> => {
  const [pull] = github.pulls();
  if (!pull?.pull) throw new Error('no pull request');
  const text = github.fileOn(pull.pull.head, path);
  if (!text) throw new Error(`no file ${path} on ${pull.pull.head}`);
  return parse(text, { schema: 'core' }) as Record<string, unknown>;
};

describe('the generated action forms', () => {
  it.each(ACTION_FORMS.map((form) => [form.id] as const))(
    '%s: labelled for IssueOps, every field worded, none claiming `required`',
    (id) => {
      const form = readForm(id);
      expect(form.labels).toEqual(['coordinator-action', `action:${id}`]);
      const fields = form.body.filter((element) => element.type !== 'markdown');
      // Every form but the new program's asks for the program first.
      if (id !== 'program-new')
        expect(fields[0]?.attributes.options).toEqual(formPrograms(actionForm(id), programs).map((program) => program.name));
      for (const field of fields) {
        expect(field.validations).toBeUndefined();
        expect(field.attributes.label.length).toBeGreaterThan(0);
        expect(field.id).toMatch(/^[a-z0-9-]+$/i);
      }
      expect(new Set(fields.map((field) => field.attributes.label)).size).toBe(fields.length);
    },
  );
});

describe('a filled action form', () => {
  it('check-in: adds the date to the pairing file in a pull request', async () => {
    const result = await act('check-in', { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', date: '"2026-11-18"' });
    expect(result.outcome, comments.join('\n')).toBe('opened');
    expect(proposed()['checkIns']).toEqual(['2026-09-02', '2026-11-18']);
    expect(comments.at(-1)).toMatch(/pull request #\d+ records it/);
  });

  it('contact hours: sets the hours so far', async () => {
    const result = await act('contact-hours', { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', hours: '12.5 hours' });
    expect(result.outcome, comments.join('\n')).toBe('opened');
    expect(proposed()['hoursLogged']).toBe(12.5);
  });

  it('status change: records the new status and its history entry', async () => {
    const result = await act('status-change', {
      program: alcts.name,
      pairing: '2026-inkwhistle-vellumsworth',
      status: 'Ended early',
      date: '2026-11-15',
      requestedBy: 'The mentee',
      note: 'A new job leaves no time for the program.',
      coordinatorInformed: '2026-11-15',
    });
    expect(result.outcome, comments.join('\n')).toBe('opened');
    const pairing = proposed();
    expect(pairing['status']).toBe('ended-early');
    expect((pairing['history'] as unknown[]).at(-1)).toEqual({
      date: '2026-11-15',
      status: 'ended-early',
      requestedBy: 'mentee',
      note: 'A new job leaves no time for the program.',
      coordinatorInformed: '2026-11-15',
    });
  });

  it('new pairing: adds its file, with an id made from the year and the surnames', async () => {
    const result = await act('pairing-new', {
      program: alcts.name,
      kind: 'Mentor and mentee',
      'person-1-name': 'Perpetua Quillbright',
      'person-1-email': 'perpetua.quillbright@example.edu',
      'person-2-name': 'Lucius Stackhouse',
      'person-2-email': 'lucius.stackhouse@example.edu',
      notified: '2026-11-10',
      status: 'Active',
    });
    expect(result.outcome, comments.join('\n')).toBe('opened');
    expect(proposed('content/pairings/alcts/2026-quillbright-stackhouse.yaml')).toEqual({
      program: 'alcts',
      kind: 'mentoring',
      mentor: { name: 'Perpetua Quillbright', email: 'perpetua.quillbright@example.edu' },
      mentee: { name: 'Lucius Stackhouse', email: 'lucius.stackhouse@example.edu' },
      notified: '2026-11-10',
      status: 'active',
    });
  });

  it("step done: offers each program's steps, and adds the chosen one with its day to the pairing's steps", async () => {
    const step = readForm('step-done').body.find((element) => element.id === 'step');
    expect(step?.attributes.options).toEqual(
      programs.flatMap((program) => (program.steps ?? []).map((candidate) => `${program.name}: ${candidate.title}`)),
    );
    const result = await act('step-done', {
      program: alcts.name,
      pairing: '2026-inkwhistle-vellumsworth',
      step: `${alcts.name}: Both agreed to a change of pairing`,
      date: '2026-11-18',
    });
    expect(result.outcome, comments.join('\n')).toBe('opened');
    expect(proposed()['steps']).toEqual({
      'application-submitted': '2026-03-09',
      'orientation-attended': '2026-05-19',
      'change-agreed': '2026-11-18',
    });
    expect(github.fileOn(github.pulls()[0]!.pull!.head, PAIRING)).toContain('change-agreed: "2026-11-18"');
  });

  it("step done: a step already recorded, another program's step or a missing day gets a comment and no pull request", async () => {
    const base = { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', date: '2026-11-18' };
    expect((await act('step-done', { ...base, step: `${alcts.name}: Application to take part submitted` })).outcome).toBe('invalid');
    expect(comments.at(-1)).toContain('already recorded');
    const cala = programs.find((program) => program.id === 'cala')!;
    expect((await act('step-done', { ...base, step: `${cala.name}: ${cala.steps![0]!.title}` })).outcome).toBe('invalid');
    expect(comments.at(-1)).toContain("not one of the chosen program's");
    expect((await act('step-done', { ...base, step: `${alcts.name}: Both agreed to a change of pairing`, date: '' })).outcome).toBe(
      'invalid',
    );
    expect(comments.at(-1)).toContain('“Done on” is needed.');
    expect((await act('step-done', { ...base, step: 'Something else' })).outcome).toBe('invalid');
    expect(comments.at(-1)).toContain("“Step” is not one of the form's options.");
    expect(github.pulls()).toEqual([]);
  });

  it("evaluation received: adds the response to the pairing's evaluations, in the file's own style", async () => {
    const result = await act('evaluation-received', {
      program: alcts.name,
      pairing: '2026-inkwhistle-vellumsworth',
      evaluation: `${alcts.name}: Mid-way assessment of the program`,
      role: 'Mentee',
      received: '2026-11-19',
    });
    expect(result.outcome, comments.join('\n')).toBe('opened');
    expect(proposed()['evaluations']).toEqual([
      { evaluation: 'midway-assessment', role: 'mentor', received: '2026-11-16' },
      { evaluation: 'midway-assessment', role: 'mentee', received: '2026-11-19' },
    ]);
    expect(github.fileOn(github.pulls()[0]!.pull!.head, PAIRING)).toContain(
      '  - { evaluation: midway-assessment, role: mentee, received: "2026-11-19" }',
    );
  });

  it("evaluation received: an impossible day or another program's evaluation gets a comment and no pull request", async () => {
    const base = { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', role: 'Mentee' };
    const midway = `${alcts.name}: Mid-way assessment of the program`;
    expect((await act('evaluation-received', { ...base, evaluation: midway, received: '2026-11-31' })).outcome).toBe('invalid');
    expect(comments.at(-1)).toMatch(/not a real calendar date/);
    const cala = programs.find((program) => program.id === 'cala')!;
    const other = `${cala.name}: ${cala.evaluations![0]!.title}`;
    expect((await act('evaluation-received', { ...base, evaluation: other, received: '2026-11-19' })).outcome).toBe('invalid');
    expect(comments.at(-1)).toContain("not one of the chosen program's");
    expect(github.pulls()).toEqual([]);
  });

  it("the desk's links fill in answers the forms accept", async () => {
    const url = new URL(
      actionFormUrl(
        { serverUrl: 'https://github.com', repository: 'assoc/mentoring' },
        'step-done',
        alcts.name,
        '2026-inkwhistle-vellumsworth',
        {
          field: 'step',
          title: 'Both agreed to a change of pairing',
        },
      ),
    );
    expect(url.searchParams.get('template')).toBe('action-step-done.yml');
    const answers = Object.fromEntries(url.searchParams);
    const result = await act('step-done', { ...answers, date: '2026-11-18' });
    expect(result.outcome, comments.join('\n')).toBe('opened');
    expect((proposed()['steps'] as Record<string, string>)['change-agreed']).toBe('2026-11-18');
  });

  it("says what to fix, in the validator's words, and opens nothing", async () => {
    expect((await act('check-in', { program: alcts.name, pairing: '2026-nobody-here', date: '2026-11-18' })).outcome).toBe('invalid');
    expect(comments.at(-1)).toContain('There is no pairing “2026-nobody-here”');
    expect((await act('check-in', { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', date: '2026-02-30' })).outcome).toBe(
      'invalid',
    );
    expect(comments.at(-1)).toMatch(/not a real calendar date/);
    expect((await act('check-in', { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', date: '' })).outcome).toBe('invalid');
    expect(comments.at(-1)).toContain('“Check-in” is needed.');
    expect(
      (
        await act('status-change', {
          program: alcts.name,
          pairing: '2026-inkwhistle-vellumsworth',
          status: 'Proposed',
          date: '2026-11-15',
          requestedBy: 'The coordinator',
          note: 'Back to the start.',
        })
      ).outcome,
    ).toBe('invalid');
    expect(github.pulls()).toEqual([]);
  });

  it('from someone outside the repository gets a polite comment and no pull request', async () => {
    const result = await act(
      'check-in',
      { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', date: '2026-11-18' },
      'passing-stranger',
    );
    expect(result.outcome).toBe('untrusted-author');
    expect(github.pulls()).toEqual([]);
    const step = {
      program: alcts.name,
      pairing: '2026-inkwhistle-vellumsworth',
      step: `${alcts.name}: Both agreed to a change of pairing`,
      date: '2026-11-18',
    };
    expect((await act('step-done', step, 'passing-stranger')).outcome).toBe('untrusted-author');
    expect(github.pulls()).toEqual([]);
  });
});

describe('scripts/issue-to-pr.ts on a coordinator action', () => {
  const evaluation = `${alcts.name}: Mid-way assessment of the program`;
  it.each([
    ['check-in', { date: '2026-11-18' }, 'checkIns', ['2026-09-02', '2026-11-18']],
    [
      'evaluation-received',
      { evaluation, role: 'Mentee', received: '2026-11-19' },
      'evaluations',
      [
        { evaluation: 'midway-assessment', role: 'mentor', received: '2026-11-16' },
        { evaluation: 'midway-assessment', role: 'mentee', received: '2026-11-19' },
      ],
    ],
  ] as const)('opens the pull request of a %s issue', { timeout: 120_000 }, async (id, answers, key, expected) => {
    const root = await mkdtemp(join(tmpdir(), 'action-to-pr-'));
    try {
      await cp('content', join(root, 'content'), { recursive: true });
      const form = readForm(id);
      const issue = github.seedIssue({
        title: actionForm(id).title,
        body: submittedBody(id, { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', ...answers }),
        labels: form.labels,
        author: 'alcts-coordinator',
      });
      const eventPath = join(root, 'event.json');
      await writeFile(
        eventPath,
        JSON.stringify({ action: 'opened', issue: github.issueJson(issue), repository: { full_name: github.slug } }),
      );
      const env = { ...process.env, ...github.env(), GITHUB_EVENT_PATH: eventPath, [DELAY_SCALE_VARIABLE]: '0.001' };
      // Through main: tests/workflows/issue-to-pr.test.ts runs the script as a process.
      const result = await runMain(issueToPr, ['--root', root, '--today', TODAY], { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('opened');
      expect(github.pulls()).toHaveLength(1);
      expect(proposed()[key]).toEqual(expected);
      expect([...github.comments.values()].some((comment) => comment.issue === issue.number && /records it/.test(comment.body))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('a new program from the form', () => {
  const answers = {
    id: 'olc',
    name: 'OLC Mentoring Circle',
    organization: 'Ohio Library Council',
    summary: 'Pairs new library staff with experienced colleagues for a year of conversations {about} <growth>.',
    kinds: 'Both',
    membersOnly: 'Yes: members of the association only',
    termStart: '09-01',
    termEnd: '06-30',
    coordinators: '- Harriet Quill <harriet.quill@example.org> @olc-coordinator\nBram Stoker <bram.stoker@example.org>',
  };

  it('opens one pull request with program.yaml, SOURCES.md rows to fill and a first guideline page, all valid', async () => {
    const result = await act('program-new', answers);
    expect(result.outcome, comments.join('\n')).toBe('opened');
    const [pull] = github.pulls();
    expect(pull?.pull?.head).toBe('tandem/program-olc');
    expect(pull?.title).toBe('New program: OLC Mentoring Circle (olc)');
    const added = ['program.yaml', 'SOURCES.md', 'guidelines/about-the-program.mdx'].map((name) => `content/programs/olc/${name}`);
    const texts = added.map((path) => github.fileOn('tandem/program-olc', path) ?? '');
    const program = parse(texts[0]!) as Record<string, unknown>;
    expect(program).toMatchObject({ id: 'olc', kinds: ['mentoring', 'peer'], membersOnly: true, term: { start: '09-01', end: '06-30' } });
    expect(program['coordinators']).toEqual([
      { name: 'Harriet Quill', email: 'harriet.quill@example.org', github: 'olc-coordinator' },
      { name: 'Bram Stoker', email: 'bram.stoker@example.org' },
    ]);
    expect(texts[1]).toContain('| `term.start` | to fill: which document | to fill: what it says, in its words |');
    expect(texts[2]).toContain('&#123;about&#125; &#60;growth&#62;');
    // The three files pass the validator with the rest of the repository: no error, no warning.
    const encoder = new TextEncoder();
    const all = [...files, ...added.map((path, index) => ({ path, bytes: encoder.encode(texts[index]) }))];
    expect(validateFiles(all, { today: TODAY, only: [added[0]!, added[2]!] }).diagnostics).toEqual([]);
  });

  it('says what to fix: a coordinator line it cannot read, a term with one end, an id already taken', async () => {
    const bad = await act('program-new', { ...answers, coordinators: 'Harriet Quill, harriet.quill@example.org', termEnd: '' });
    expect(bad.outcome).toBe('invalid');
    // Quoted inert, as every problem in a comment: no tag, no mention.
    expect(bad.comment).toContain('Coordinator line 1 is not written as “Name &lt;email&gt; @\u200dgithub-account”');
    expect(bad.comment).toContain('Give both the day the term starts and the day it ends, or neither.');
    const taken = await act('program-new', { ...answers, id: 'alcts' });
    expect(taken.outcome).toBe('exists');
    expect(taken.comment).toContain('A program with the id “alcts” is already on file');
    for (const id of ['Not An Id', '../../.github/workflows', 'olc/../alcts']) {
      const invalid = await act('program-new', { ...answers, id });
      expect(invalid.outcome).toBe('invalid');
      expect(invalid.comment).toContain('“Program id” must be lowercase letters, digits and dashes');
    }
    expect(github.pulls()).toEqual([]);
  });
});

describe('a late application accepted from the form', () => {
  const answers = {
    program: alcts.name,
    application: '2027-fernsby',
    by: 'alcts-coordinator',
    on: '2026-11-19',
    reason: "The form arrived two days late after a mail outage at the applicant's library.",
  };

  it('adds who accepted it, when and why to the application file, in one pull request, keeping the rest of the file', async () => {
    const result = await act('application-late', answers);
    expect(result.outcome, comments.join('\n')).toBe('opened');
    const [pull] = github.pulls();
    expect(pull?.pull?.head).toMatch(/^tandem\/late-application-[0-9a-f]{12}$/);
    // No applicant's name or id in the title or the branch.
    expect(`${pull?.title} ${pull?.pull?.head}`).not.toMatch(/fernsby/i);
    const path = 'content/applications/alcts/2027/2027-fernsby.yaml';
    const before = readFileSync(path, 'utf8');
    const after = github.fileOn(pull!.pull!.head, path)!;
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect((parse(after, { schema: 'core' }) as { lateAccepted: unknown }).lateAccepted).toEqual({
      by: 'alcts-coordinator',
      on: '2026-11-19',
      reason: answers.reason,
    });
  });

  it('says what to fix: an application that is not on file, a day in the future', async () => {
    const missing = await act('application-late', { ...answers, application: '2027-nobody' });
    expect(missing.outcome).toBe('invalid');
    expect(missing.comment).toContain('There is no application 2027-nobody');
    const future = await act('application-late', { ...answers, on: '2027-05-01' });
    expect(future.outcome).toBe('invalid');
    expect(github.pulls()).toEqual([]);
  });
});
