/**
 * The test server itself, through octokit: other engineers' tests rely on its
 * issues, comments, labels and permission endpoints and on its fault
 * injection, so those answer as GitHub does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit, RequestError } from 'octokit';
import { GitHubTestServer } from './github-server.ts';

let github: GitHubTestServer;
let octokit: Octokit;
const where = () => ({ owner: github.owner, repo: github.repo });

beforeEach(async () => {
  github = await GitHubTestServer.start({
    collaborators: { editor: 'write', reader: 'read' },
    files: { 'content/a.yaml': 'a: 1\n', 'content/sub/b.yaml': 'b: 2\n' },
  });
  octokit = new Octokit({ auth: github.token, baseUrl: github.url, retry: { enabled: false }, throttle: { enabled: false } });
});

afterEach(async () => {
  await github.close();
});

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof RequestError ? error.status : -1),
  );

describe('GitHubTestServer', () => {
  it('answers 401 Bad credentials to a missing or unknown token, and accepts Bearer', async () => {
    const anonymous = new Octokit({ baseUrl: github.url, retry: { enabled: false }, throttle: { enabled: false } });
    const wrong = new Octokit({ auth: 'ghp_nope', baseUrl: github.url, retry: { enabled: false }, throttle: { enabled: false } });
    expect(await statusOf(anonymous.rest.repos.get(where()))).toBe(401);
    expect(await statusOf(wrong.rest.repos.get(where()))).toBe(401);
    const response = await fetch(`${github.url}/repos/${github.slug}`, { headers: { authorization: `Bearer ${github.token}` } });
    expect(response.status).toBe(200);
  });

  it('serves files and folders of a branch through the contents API', async () => {
    const { data: file } = await octokit.rest.repos.getContent({ ...where(), path: 'content/a.yaml' });
    expect(Array.isArray(file) ? undefined : file.type === 'file' && Buffer.from(file.content, 'base64').toString()).toBe('a: 1\n');
    const { data: folder } = await octokit.rest.repos.getContent({ ...where(), path: 'content' });
    expect(Array.isArray(folder) && folder.map((entry) => `${entry.type}:${entry.path}`)).toEqual([
      'file:content/a.yaml',
      'dir:content/sub',
    ]);
    expect(await statusOf(octokit.rest.repos.getContent({ ...where(), path: 'content/none.yaml' }))).toBe(404);
  });

  it('files issues, filters them by labels and state, and keeps comments with author associations', async () => {
    const mine = await octokit.rest.issues.create({ ...where(), title: 'Desk', labels: ['desk', 'program:alao'] });
    const theirs = github.seedIssue({ title: 'Request', labels: ['contract-request'], author: 'reader' });
    await octokit.rest.issues.update({ ...where(), issue_number: theirs.number, state: 'closed', state_reason: 'completed' });

    const { data: open } = await octokit.rest.issues.listForRepo({ ...where(), labels: 'desk,program:alao' });
    expect(open.map((issue) => issue.number)).toEqual([mine.data.number]);
    const { data: closed } = await octokit.rest.issues.listForRepo({ ...where(), state: 'closed' });
    // GitHub says COLLABORATOR for a read-only collaborator too.
    expect(closed.map((issue) => [issue.title, issue.state_reason, issue.author_association])).toEqual([
      ['Request', 'completed', 'COLLABORATOR'],
    ]);

    const comment = await octokit.rest.issues.createComment({ ...where(), issue_number: theirs.number, body: 'Opened #7' });
    github.seedComment(theirs.number, 'thanks', 'editor');
    await octokit.rest.issues.updateComment({ ...where(), comment_id: comment.data.id, body: 'Opened #8' });
    const { data: comments } = await octokit.rest.issues.listComments({ ...where(), issue_number: theirs.number });
    expect(comments.map((c) => [c.body, c.user?.login, c.author_association])).toEqual([
      ['Opened #8', 'coordinator-bot', 'NONE'],
      ['thanks', 'editor', 'COLLABORATOR'],
    ]);
  });

  it('adds and removes labels and reports collaborator permissions', async () => {
    const { data: issue } = await octokit.rest.issues.create({ ...where(), title: 'x' });
    await octokit.rest.issues.addLabels({ ...where(), issue_number: issue.number, labels: ['a', 'b'] });
    const { data: left } = await octokit.rest.issues.removeLabel({ ...where(), issue_number: issue.number, name: 'a' });
    expect(left.map((label) => label.name)).toEqual(['b']);
    const permission = async (username: string) => {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...where(), username });
      return [data.permission, data.role_name];
    };
    for (const [login, role] of [
      ['keeper', 'maintain'],
      ['sorter', 'triage'],
    ] as const)
      github.collaborators.set(login, role);
    github.members.add('member-only');
    // The legacy permission folds maintain into write and triage into read; role_name tells them apart.
    expect([
      await permission('editor'),
      await permission('reader'),
      await permission('keeper'),
      await permission('sorter'),
      await permission('member-only'),
      await permission(github.owner),
    ]).toEqual([
      ['write', 'write'],
      ['read', 'read'],
      ['write', 'maintain'],
      ['read', 'triage'],
      ['none', ''],
      ['admin', 'admin'],
    ]);
    expect(await statusOf(octokit.rest.repos.getCollaboratorPermissionLevel({ ...where(), username: 'stranger' }))).toBe(404);
  });

  it('reports the visibility GitHub reports: private by default, public or internal on request', async () => {
    const visibility = async () => {
      const { data } = await octokit.rest.repos.get(where());
      return [data.private, data.visibility, data.owner.type];
    };
    expect(await visibility()).toEqual([true, 'private', 'User']);
    github.visibility = 'public';
    expect(await visibility()).toEqual([false, 'public', 'User']);
    const internal = await GitHubTestServer.start({ visibility: 'internal' });
    try {
      const { data } = await new Octokit({ auth: internal.token, baseUrl: internal.url }).rest.repos.get({
        owner: internal.owner,
        repo: internal.repo,
      });
      expect([data.private, data.visibility, data.owner.type]).toEqual([true, 'internal', 'Organization']);
    } finally {
      await internal.close();
    }
  });

  it('refuses a branch that is a folder of another branch, or inside one, as Git and GitHub do', async () => {
    const sha = github.branchHead('main') as string;
    const where = { owner: github.owner, repo: github.repo };
    await octokit.rest.git.createRef({ ...where, ref: 'refs/heads/pairing/alao/2026-a-b', sha });
    await expect(octokit.rest.git.createRef({ ...where, ref: 'refs/heads/pairing/alao/2026-a-b/status', sha })).rejects.toMatchObject({
      status: 422,
    });
    await expect(octokit.rest.git.createRef({ ...where, ref: 'refs/heads/pairing/alao', sha })).rejects.toMatchObject({ status: 422 });
    await octokit.rest.git.createRef({ ...where, ref: 'refs/heads/pairing/alao/2026-a-b-c', sha });
  });

  it('refuses a non-fast-forward ref update unless forced', async () => {
    const main = github.branchHead('main') as string;
    github.commit('feature', { 'x.txt': 'x' });
    const feature = github.branchHead('feature') as string;
    expect(await statusOf(octokit.rest.git.updateRef({ ...where(), ref: 'heads/feature', sha: main }))).toBe(422);
    await octokit.rest.git.updateRef({ ...where(), ref: 'heads/feature', sha: main, force: true });
    expect(github.branchHead('feature')).toBe(main);
    expect(feature).not.toBe(main);
  });

  it('injects faults only on the named route, optionally after applying the request, and logs them', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/issues', status: 502, apply: true });
    expect(await statusOf(octokit.rest.issues.create({ ...where(), title: 'once' }))).toBe(502);
    expect(github.issues.size).toBe(1);
    expect(github.pendingFaults()).toEqual([]);
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/issues')).toMatchObject([
      { status: 502, injected: true, body: { title: 'once' } },
    ]);
    expect(github.writeRequests()).toHaveLength(1);
    expect(() => github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/nothing', status: 500 })).toThrow(/no route POST/);
  });

  it('takes extra routes from a test', async () => {
    github.route('GET', '/repos/{owner}/{repo}/custom/{+rest}', ({ params }) => ({ status: 200, body: { rest: params['rest'] } }));
    const response = await octokit.request('GET /repos/{owner}/{repo}/custom/a/b', where());
    expect(response.data).toEqual({ rest: 'a/b' });
  });
});
