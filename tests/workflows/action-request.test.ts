/**
 * Coordinator actions from GitHub's web interface: each generated action form,
 * filled and rendered the way GitHub renders it, is read back and becomes the
 * right pull request against the GitHub-shaped test server, or a comment
 * saying what to fix; one run goes through the real scripts/issue-to-pr.ts.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, readGitHubSettings } from '../../src/lib/github/index.ts';
import { draftVerdictOf } from '../../src/lib/issue-forms/contract-request.ts';
import { ACTION_FORMS, actionFormPath, type ActionId } from '../../src/lib/issue-forms/actions/fields.ts';
import { handleActionRequest } from '../../src/lib/issue-forms/actions/handle.ts';
import { readRepositoryFiles, type SourceFile } from '../../src/lib/repository/read-files.ts';
import { DELAY_SCALE_VARIABLE } from '../../src/lib/submit/command.ts';
import { submitPairingDraft } from '../../src/lib/submit/submit-draft.ts';
import { GitHubTestServer } from '../support/github-server.ts';
import { repositoryPrograms } from './programs.ts';

const run = promisify(execFile);
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

const readForm = (id: ActionId) => parse(readFileSync(actionFormPath(id), 'utf8')) as { labels: string[]; body: FormElement[] };

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

async function act(id: ActionId, answers: Record<string, string>, author = 'OWNER') {
  const client = createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001 });
  const settings = readGitHubSettings(github.env());
  const form = readForm(id);
  return handleActionRequest(
    { number: 7, body: submittedBody(id, answers), authorAssociation: author, labels: form.labels },
    {
      programs,
      files,
      comment: async (body) => void comments.push(body),
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
      expect(fields[0]?.attributes.options).toEqual(programs.map((program) => program.name));
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
    const result = await act('check-in', { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', date: '2026-11-18' }, 'NONE');
    expect(result.outcome).toBe('untrusted-author');
    expect(github.pulls()).toEqual([]);
  });
});

describe('scripts/issue-to-pr.ts on a coordinator action', () => {
  it('opens the pull request of a check-in issue', { timeout: 120_000 }, async () => {
    const root = await mkdtemp(join(tmpdir(), 'action-to-pr-'));
    try {
      await cp('content', join(root, 'content'), { recursive: true });
      const form = readForm('check-in');
      const issue = github.seedIssue({
        title: 'Check-in',
        body: submittedBody('check-in', { program: alcts.name, pairing: '2026-inkwhistle-vellumsworth', date: '2026-11-18' }),
        labels: form.labels,
        author: 'alcts-coordinator',
      });
      const eventPath = join(root, 'event.json');
      await writeFile(
        eventPath,
        JSON.stringify({ action: 'opened', issue: github.issueJson(issue), repository: { full_name: github.slug } }),
      );
      const env = { ...process.env, ...github.env(), GITHUB_EVENT_PATH: eventPath, [DELAY_SCALE_VARIABLE]: '0.001' };
      const result = await run(process.execPath, [resolve('scripts/issue-to-pr.ts'), '--root', root, '--today', TODAY], { env });
      expect(result.stderr).toContain('opened');
      expect(github.pulls()).toHaveLength(1);
      expect(proposed()['checkIns']).toEqual(['2026-09-02', '2026-11-18']);
      expect([...github.comments.values()].some((comment) => comment.issue === issue.number && /records it/.test(comment.body))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
