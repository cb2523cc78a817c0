/** Local mode's decisions (where to write, what to refuse) and its report, without Git: pure functions. */
import { describe, expect, it } from 'vitest';
import { LocalChangeError, type LocalGitState } from '../../../src/lib/publish/local-git.ts';
import { planLocalChange } from '../../../src/lib/publish/local-plan.ts';
import { localChangeReport, repositoryWebUrl, shellWord } from '../../../src/lib/publish/local-report.ts';
import type { LocalChangeResult } from '../../../src/lib/publish/publish-change.ts';

const PATH = 'content/contracts/alao/2026-lee-okafor.yaml';
const BRANCH = 'tandem/contract-0123456789ab';

const state = (overrides: Partial<LocalGitState> = {}): LocalGitState => ({
  currentBranch: 'main',
  clean: true,
  branchExists: false,
  existing: [],
  originUrl: undefined,
  ...overrides,
});
const change = { branch: BRANCH, mustNotExist: [PATH], amend: false };

describe('planLocalChange', () => {
  it('makes the pull request branch from HEAD on a clean tree', () => {
    expect(planLocalChange(state(), change)).toEqual({ action: 'new-branch', branch: BRANCH, from: 'main' });
  });

  it('writes on the current branch of a dirty tree, and says why', () => {
    expect(planLocalChange(state({ clean: false, currentBranch: 'my-work' }), change)).toEqual({
      action: 'current-branch',
      branch: 'my-work',
      why: 'dirty',
    });
  });

  it('writes on the branch again when it is checked out (a rerun)', () => {
    expect(planLocalChange(state({ currentBranch: BRANCH, branchExists: true }), change)).toEqual({
      action: 'current-branch',
      branch: BRANCH,
      why: 'rerun',
    });
  });

  it('refuses a branch of that name left elsewhere, naming it and the way out', () => {
    let error: unknown;
    try {
      planLocalChange(state({ branchExists: true }), change);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LocalChangeError);
    expect(error).toMatchObject({ kind: 'branch-exists' });
    expect((error as Error).message).toContain(`git branch -D ${BRANCH}`);
  });

  it('never overwrites a record that must not exist yet, dirty tree or not', () => {
    for (const clean of [true, false]) {
      expect(() => planLocalChange(state({ clean, existing: [PATH] }), change)).toThrow(
        `${PATH} already exists in the working tree; it was not changed. Use --amend to propose a change to it.`,
      );
    }
  });

  it('lets an amendment change the existing record', () => {
    expect(planLocalChange(state({ existing: [PATH] }), { ...change, amend: true }).action).toBe('new-branch');
  });
});

describe('the report', () => {
  it('quotes for the shell only what needs it, and a quote inside survives', () => {
    expect(shellWord('tandem/contract-0123456789ab')).toBe('tandem/contract-0123456789ab');
    expect(shellWord('Add contract 0123 in ALAO (alao)')).toBe(`'Add contract 0123 in ALAO (alao)'`);
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
  });

  it.each([
    ['git@github.com:alao-ohio/mentoring.git', 'https://github.com/alao-ohio/mentoring'],
    ['https://github.com/alao-ohio/mentoring.git', 'https://github.com/alao-ohio/mentoring'],
    ['https://x-access-token:ghp_SECRET@github.com/alao-ohio/mentoring', 'https://github.com/alao-ohio/mentoring'],
    ['ssh://git@git.example.org:2222/alao/mentoring.git', 'https://git.example.org/alao/mentoring'],
    ['/srv/git/mentoring.git', undefined],
    [undefined, undefined],
  ])('finds the web page of origin %s (never with a token)', (remote, web) => {
    expect(repositoryWebUrl(remote)).toBe(web);
  });

  const result = (overrides: Partial<LocalChangeResult>): LocalChangeResult => ({
    plan: { action: 'new-branch', branch: BRANCH, from: 'main' },
    branch: BRANCH,
    paths: [PATH, 'content/stats/alao.yaml'],
    deleted: ['content/stats/alao.yaml'],
    commitMessage: 'Add contract 0123456789ab in ALAO (alao)',
    title: 'Add contract 0123456789ab in ALAO (alao)',
    body: '## Contract for review\n\nThe body.\n',
    originUrl: 'git@github.com:alao-ohio/mentoring.git',
    ...overrides,
  });

  it('on a new branch: the files, the git commands for exactly them, the title and the body', () => {
    expect(localChangeReport(result({}))).toBe(
      [
        'Local mode (no GITHUB_TOKEN): nothing was sent to GitHub. Written on the new branch tandem/contract-0123456789ab (made from main):',
        `  wrote ${PATH}`,
        '  deleted content/stats/alao.yaml',
        '',
        'To propose it for review, commit these files only and push them:',
        '',
        `  git add -- ${PATH} content/stats/alao.yaml`,
        "  git commit -m 'Add contract 0123456789ab in ALAO (alao)'",
        `  git push -u origin ${BRANCH}`,
        '',
        `Then open a pull request from the branch ${BRANCH} on GitHub: after the push the repository's page offers "Compare & pull request" (or open https://github.com/alao-ohio/mentoring/compare/${BRANCH}?expand=1). Give it this title and description:`,
        '',
        'Title: Add contract 0123456789ab in ALAO (alao)',
        '--- pull request description',
        '## Contract for review',
        '',
        'The body.',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('on a dirty tree: says it stayed on the branch, and pushes the commit to the pull request branch', () => {
    const text = localChangeReport(result({ plan: { action: 'current-branch', branch: 'my-work', why: 'dirty' } }));
    expect(text).toContain('Written on the current branch my-work, because the working tree has uncommitted changes');
    expect(text).toContain(`  git push origin HEAD:${BRANCH}\n`);
    expect(text).not.toContain('git push -u');
  });
});
