/**
 * The application issue form end to end: the generated form's fields, a
 * filled form body, the real scripts/issue-to-pr.ts and the GitHub-shaped
 * test server. One pull request holding the application, a comment linking
 * it, no name in the branch, title or log; an edit updates the same pull
 * request; a form that breaks a program rule gets a comment and no pull request.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applicationBranch } from '../../src/lib/submit/pull-request-names.ts';
import { applicationFormFields, parseApplicationRequest } from '../../src/lib/issue-forms/application-request.ts';
import { COMMENT_MARKER } from '../../src/lib/issue-forms/comment.ts';
import type { FormField } from '../../src/lib/issue-forms/fields.ts';
import { main } from '../../scripts/issue-to-pr.ts';
import { runMain } from '../support/run-main.ts';
import { GitHubTestServer } from '../support/github-server.ts';
import { repositoryPrograms } from './programs.ts';

const TODAY = '2026-11-30';
const alcts = repositoryPrograms().find((program) => program.id === 'alcts')!;
const PATH = 'content/applications/alcts/2027/2027-tongeren.yaml';

const answers: Record<string, string | string[]> = {
  program: 'ALCTS Mentoring Program',
  cycle: '2027',
  name: 'Margit Van Tongeren',
  email: 'margit.vantongeren@example.edu',
  member: ['I am a member of the Association for Library Collections & Technical Services'],
  roles: ['Mentee'],
  'interests-own': '- Serials\n- Licensing',
  institution: 'Northfield College',
  careerStage: 'Early career',
  methods: ['Video call', 'Email'],
  notes: '',
};

/** The body GitHub renders from a filled form: `### Label`, a blank line, the answer or `_No response_`, ticked boxes as `- [X]`. */
function body(fields: readonly FormField[], given: Record<string, string | string[]>): string {
  return fields
    .map((field) => {
      const answer = given[field.id];
      if (field.type === 'checkboxes') {
        const ticked = Array.isArray(answer) ? answer : [];
        return `### ${field.label}\n\n${(field.options ?? []).map((option) => `- [${ticked.includes(option.label) ? 'X' : ' '}] ${option.label}`).join('\n')}`;
      }
      return `### ${field.label}\n\n${typeof answer === 'string' && answer !== '' ? answer : '_No response_'}`;
    })
    .join('\n\n');
}

let root: string;
let github: GitHubTestServer;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'application-request-'));
  for (const program of repositoryPrograms()) {
    await mkdir(join(root, 'content/programs', program.id), { recursive: true });
    await cp(join('content/programs', program.id, 'program.yaml'), join(root, 'content/programs', program.id, 'program.yaml'));
  }
  github = await GitHubTestServer.start({ collaborators: { 'alcts-mentoring-coordinator': 'write', 'helpful-member': 'write' } });
});

afterEach(async () => {
  await github.close();
  await rm(root, { recursive: true, force: true });
});

async function runIssueToPr(issueNumber: number): Promise<{ code: number; stdout: string; stderr: string }> {
  const issue = github.issues.get(issueNumber)!;
  const eventPath = join(root, 'event.json');
  await writeFile(eventPath, JSON.stringify({ action: 'opened', issue: github.issueJson(issue), repository: { full_name: github.slug } }));
  return runMain(main, ['--root', root, '--today', TODAY], { env: { ...process.env, ...github.env(), GITHUB_EVENT_PATH: eventPath } });
}

const fileIssue = (text: string) =>
  github.seedIssue({
    title: '[ALCTS] Application',
    body: text,
    labels: ['application-request', 'program:alcts'],
    author: 'helpful-member',
  });

/** The application the answers above stand for, as the parser and the online form's link both give it. */
const answeredApplication = {
  program: 'alcts',
  cycle: 2027,
  name: 'Margit Van Tongeren',
  email: 'margit.vantongeren@example.edu',
  member: true,
  roles: ['mentee'],
  interests: ['Serials', 'Licensing'],
  institution: 'Northfield College',
  careerStage: 'early',
  methods: ['video', 'email'],
  submitted: TODAY,
};

it("reads a filled form back into the application, in the schema's order, submitted today", () => {
  const request = parseApplicationRequest(body(applicationFormFields(alcts), answers), repositoryPrograms(), TODAY);
  expect(request.problems).toEqual([]);
  expect(request.draft).toEqual(answeredApplication);
});

it("turns a collaborator's application form into one pull request and one comment, and an edit updates the same pull request", async () => {
  const issue = fileIssue(body(applicationFormFields(alcts), answers));
  const result = await runIssueToPr(issue.number);
  expect(result.code, result.stderr).toBe(0);
  const branch = applicationBranch('alcts', '2027-tongeren');
  const [pull] = github.pulls();
  expect(pull?.pull?.head).toBe(branch);
  expect(`${pull?.title} ${branch} ${result.stderr} ${result.stdout}`).not.toMatch(/Tongeren|margit/i);
  const file = parse(github.fileOn(branch, PATH)!) as Record<string, unknown>;
  expect(file).toMatchObject({ program: 'alcts', cycle: 2027, member: true, roles: ['mentee'], submitted: TODAY });
  const comments = [...github.comments.values()].filter((comment) => comment.issue === issue.number);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain(COMMENT_MARKER);
  expect(comments[0]!.body).toContain(`the application is now pull request #${pull!.number}`);

  issue.body = body(applicationFormFields(alcts), { ...answers, roles: ['Mentor', 'Mentee'] });
  const again = await runIssueToPr(issue.number);
  expect(again.code, again.stderr).toBe(0);
  expect(github.pulls()).toHaveLength(1);
  expect((parse(github.fileOn(branch, PATH)!) as { roles: string[] }).roles).toEqual(['mentor', 'mentee']);
});

it('answers a form without the membership statement with what to fix, and opens nothing', async () => {
  const issue = fileIssue(body(applicationFormFields(alcts), { ...answers, member: [] }));
  const result = await runIssueToPr(issue.number);
  expect(result.code).toBe(1);
  expect(github.pulls()).toEqual([]);
  const [comment] = [...github.comments.values()].filter((entry) => entry.issue === issue.number);
  expect(comment?.body).toContain('Member is missing');
});
