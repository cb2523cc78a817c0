/**
 * The site preview of a pull request: which pages it changes (the build job's
 * step, as the runner runs it, on a built folder), and the one comment the
 * comment workflow writes, against the GitHub-shaped test server, from an
 * artifact it does not trust.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main as previewCommentMain } from '../../scripts/preview-comment.ts';
import { changedPages, parseNameStatus, previewComment, trustedPages } from '../../src/lib/preview/changed-pages.ts';
import { GitHubTestServer } from '../support/github-server.ts';
import { linkProjectCode, runWorkflowStep, workflowStep } from '../support/workflow-step.ts';

describe('the pages a pull request changes', () => {
  const built = new Set(['/alao/', '/alao/contract/', '/alao/statistics/', '/alao/getting-started/', '/cala/roles/']);
  const changes = parseNameStatus(
    [
      'M\tcontent/programs/alao/program.yaml',
      'A\tcontent/programs/cala/guidelines/roles.mdx',
      'D\tcontent/programs/cala/guidelines/old-page.mdx',
      'M\tcontent/pairings/alao/2026-lee-okafor.yaml',
      'M\tsrc/styles/site.css',
      '',
    ].join('\n'),
  );

  it('lists a changed guideline page, the pages of a changed program.yaml that exist, and removed pages', () => {
    expect(changedPages(changes, (page) => built.has(page))).toEqual({
      pages: ['/alao/', '/alao/contract/', '/alao/statistics/', '/cala/roles/'],
      removed: ['/cala/old-page/'],
    });
  });

  it('takes from the artifact only plain site paths, whatever the pull request wrote there', () => {
    const hostile = {
      pages: ['/alao/', '/x/](https://evil.example)', '<img src=x>', '/../../', 42, '/a/b/c/d/e/'],
      removed: 'not a list',
      pullRequest: 1,
    };
    expect(trustedPages(hostile)).toEqual({ pages: ['/alao/'], removed: [] });
    expect(trustedPages(null)).toEqual({ pages: [], removed: [] });
  });

  it('says how to open the preview, with the run to download it from', () => {
    const comment = previewComment({ pages: ['/alao/'], removed: ['/cala/old-page/'] }, 'https://github.example/o/r/actions/runs/7');
    expect(comment).toContain('- `/alao/`');
    expect(comment).toContain('Pages it removes:');
    expect(comment).toContain('[the checks run](https://github.example/o/r/actions/runs/7)');
    expect(comment).toContain('`http://localhost:3000/alao/`');
  });
});

describe('the build job step and the comment workflow', () => {
  let github: GitHubTestServer;
  let root: string;
  beforeEach(async () => {
    github = await GitHubTestServer.start();
    root = mkdtempSync(join(tmpdir(), 'tandem-preview-'));
    await linkProjectCode(root);
    for (const page of ['alao', 'alao/contract', 'alao/getting-started']) {
      mkdirSync(join(root, 'dist', page), { recursive: true });
      writeFileSync(join(root, 'dist', page, 'index.html'), '<!doctype html><title>x</title>');
    }
  });
  afterEach(async () => {
    await github.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('lists the changed pages for the summary and the artifact, then comments once on the pull request', { timeout: 90_000 }, async () => {
    const temp = join(root, 'runner-temp');
    mkdirSync(temp);
    // The step runs `git diff` on the checkout: here a repository whose last commit edits one guideline page.
    const step = await workflowStep('validate.yml', 'List the pages this pull request changes');
    const gitSetup = [
      'git init --quiet',
      'git -c user.name=t -c user.email=t@example.org commit --quiet --allow-empty -m base',
      'mkdir -p content/programs/alao/guidelines',
      'echo "---" > content/programs/alao/guidelines/getting-started.mdx',
      'git add content',
      'git -c user.name=t -c user.email=t@example.org commit --quiet -m edit',
    ].join(' && ');
    const listed = await runWorkflowStep({ run: `${gitSetup}\n${step.run}` }, root, {
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(temp, 'output'),
    });
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    expect(listed.summary).toContain('- changed: `/alao/getting-started/`');
    expect(readFileSync(join(temp, 'output'), 'utf8')).toBe('pages=1\n');
    const artifact = join(temp, 'preview/pages.json');
    expect(JSON.parse(readFileSync(artifact, 'utf8'))).toEqual({ pages: ['/alao/getting-started/'], removed: [] });

    const pull = github.seedIssue({ title: 'Edit the getting started page', author: 'casey-coord' });
    const comment = await workflowStep('preview-comment.yml', 'Write the preview comment');
    const env = {
      ...github.env(),
      PULL_REQUEST: String(pull.number),
      RUN_URL: 'https://github.example/o/r/actions/runs/7',
      RUNNER_TEMP: temp,
    };
    const first = await runWorkflowStep(comment, root, env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // The rerun's bash for real, its node through main in this process (the first run started the real one).
    const again = await runWorkflowStep(comment, root, env, { inProcess: { 'scripts/preview-comment.ts': previewCommentMain } });
    expect(again.code).toBe(0);
    const comments = [...github.comments.values()].filter((c) => c.issue === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('- `/alao/getting-started/`');
  });
});
