/**
 * A GitHub-shaped REST server for tests: node:http on 127.0.0.1 (random
 * port), one repository, in-memory state. It speaks the part of GitHub's REST
 * API Tandem uses, answers errors the way GitHub does (status, `message`,
 * `errors[]`), and lets a test
 *
 * - inject failures (`failNext`): N answers with a given status for one
 *   method + route, optionally after really applying the request (`apply`),
 *   which is how a write that succeeded behind a 502 looks to a client;
 * - read the request log (`requests`, `writeRequests()`) to assert, say, that
 *   an invalid draft made zero writes;
 * - read the resulting state (`fileOn`, `pulls`, `issues`, ...);
 * - add endpoints (`route`) without touching this file;
 * - model a repository's state the way GitHub answers it, on the endpoints
 *   whose OpenAPI description lists that answer: an empty repository (`empty`:
 *   409 on the Git database), issues switched off (`issuesDisabled`: 410), a
 *   read-only token (`addReadOnlyToken`: 403 on writes), the Actions token
 *   (`addActionsToken`: writes as github-actions[bot], 403 on GET /user),
 *   Git's ref store, which cannot hold a ref next to a folder of the same name,
 *   the repository's `visibility` (private by default; public or internal on
 *   request, with `private` and `owner.type` as GitHub reports them), and each
 *   person's role (`collaborators`, read to admin; `members` of the owning
 *   organisation), on the permission endpoint and in `author_association`.
 *
 * Simplifications, on purpose: one repository; trees are flat (every tree is
 * reported as with `recursive=1`); no pagination (every list fits one page);
 * labels are created on first use, as GitHub does when adding them.
 *
 * Usage:
 *   const github = await GitHubTestServer.start({ collaborators: { 'alice': 'write' } });
 *   github.commit('main', { 'content/x.yaml': '...' });
 *   // run the code with GITHUB_API_URL=github.url, GITHUB_TOKEN=github.token, GITHUB_REPOSITORY=github.slug
 *   expect(github.fileOn('my-branch', 'content/x.yaml')).toBe('...');
 *   await github.close();
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { GitStore } from './github-git-store.ts';

/** The files under `folder`/content, by repository path: what a repository holds, for `GitHubTestServer.start({ files })`. */
export function contentFilesOf(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(folder, 'content'));
  return files;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface GitHubTestServerOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** The token clients must send; it authenticates as `login`. More with `addToken`. */
  token?: string;
  login?: string;
  /** Users with access to the repository; only they can be asked to review. */
  collaborators?: Record<string, Permission>;
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>;
  /** A repository without any commit: Git endpoints answer 409 "Git Repository is empty.", as GitHub's do. */
  empty?: boolean;
  /** Issues switched off in the repository's settings: issue endpoints answer 410 "Issues are disabled for this repo". */
  issuesDisabled?: boolean;
  /** Who can see the repository (default private). `internal` exists only for an organisation's repository in an enterprise. */
  visibility?: Visibility;
  /** The owner's account type (default User; Organization when `visibility` is internal or `members` are given). */
  ownerType?: 'User' | 'Organization';
  /**
   * Members of the owning organisation. Their issues say author_association
   * MEMBER whatever their role in the repository, which comes from
   * `collaborators` alone (none when absent: an organisation whose base role is none).
   */
  members?: string[];
}

export type Visibility = 'public' | 'private' | 'internal';

export type JsonObject = { [key: string]: unknown };

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body ({} when there is none). */
  body: JsonObject;
  /** The authenticated user's login. */
  login: string;
  server: GitHubTestServer;
}

export type RouteHandler = (context: RouteContext) => Reply;

export interface RecordedRequest {
  method: string;
  path: string;
  /** The route template that matched, e.g. '/repos/{owner}/{repo}/pulls'; undefined when none did. */
  route: string | undefined;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** Set when the answer came from `failNext`. */
  injected: boolean;
}

export interface FaultSpec {
  method: string;
  /** A route template exactly as registered, e.g. '/repos/{owner}/{repo}/git/refs'. */
  route: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests fail (default 1). */
  times?: number;
  /** Really perform the request, then answer with the failure: a write that succeeded behind a 5xx. */
  apply?: boolean;
}

export interface IssueRecord {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  author: string;
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  /** Present when the issue is a pull request. */
  pull?: PullRecord;
}

export interface PullRecord {
  head: string;
  base: string;
  merged: boolean;
  requestedReviewers: string[];
  /** Logins that have submitted a review (GitHub drops them from requested_reviewers). */
  reviewedBy?: string[];
}

export interface CommentRecord {
  id: number;
  issue: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler;
}

interface ArmedFault extends FaultSpec {
  remaining: number;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const ACTIONS_BOT = 'github-actions[bot]';

/** The writes whose description in GitHub's OpenAPI document lists 403 Forbidden. */
const WRITES_LISTING_403 = new Set([
  'POST /repos/{owner}/{repo}/git/blobs',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
]);

/** A GitHub error answer: `errors` holds the messages GitHub puts in its 422s. */
export function githubError(status: number, message: string, errors?: unknown[]): Reply {
  const body: JsonObject = { message, documentation_url: 'https://docs.github.com/rest' };
  if (errors) body['errors'] = errors;
  return { status, body };
}

const notFound = (): Reply => githubError(404, 'Not Found');
const validation = (message: string, resource = 'PullRequest'): Reply =>
  githubError(422, 'Validation Failed', [{ resource, code: 'custom', message }]);

function compile(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  // {name} matches one path segment; {+name} (RFC 6570 reserved expansion) matches the rest, slashes included.
  const source = template.replace(/\{(\+?)(\w+)\}/g, (_match, greedy: string, name: string) => {
    names.push(name);
    return greedy ? '(.+)' : '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), names };
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export class GitHubTestServer {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly token: string;
  readonly git = new GitStore();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly collaborators = new Map<string, Permission>();
  readonly members = new Set<string>();
  /** Who can see the repository; a test may change it between runs. */
  visibility: Visibility;
  readonly ownerType: 'User' | 'Organization';
  readonly requests: RecordedRequest[] = [];
  private readonly tokens = new Map<string, string>();
  private readonly routes: Route[] = [];
  private readonly faults: ArmedFault[] = [];
  private nextIssueNumber = 1;
  private readonly issuesDisabled: boolean;
  private readonly readOnlyLogins = new Set<string>();
  private nextCommentId = 1001;
  private server: Server | undefined;
  private baseUrl = '';

  private constructor(options: GitHubTestServerOptions) {
    this.owner = options.owner ?? 'tandem-test';
    this.repo = options.repo ?? 'mentoring';
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.token = options.token ?? 'ghp_testtoken0000000000000000000000000000';
    this.tokens.set(this.token, options.login ?? 'coordinator-bot');
    for (const [login, permission] of Object.entries(options.collaborators ?? {})) this.collaborators.set(login, permission);
    for (const login of options.members ?? []) this.members.add(login);
    this.visibility = options.visibility ?? 'private';
    this.ownerType = options.ownerType ?? (this.visibility === 'internal' || this.members.size > 0 ? 'Organization' : 'User');
    if (!options.empty)
      this.git.commitToBranch(this.defaultBranch, { 'README.md': '# Mentoring\n', ...options.files }, 'Initial commit', this.owner);
    this.issuesDisabled = options.issuesDisabled ?? false;
    this.registerRepositoryRoutes();
    this.registerGitRoutes();
    this.registerPullRoutes();
    this.registerIssueRoutes();
  }

  static async start(options: GitHubTestServerOptions = {}): Promise<GitHubTestServer> {
    const instance = new GitHubTestServer(options);
    const server = createServer((request, response) => void instance.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    instance.server = server;
    instance.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return instance;
  }

  /** The API root to give clients as GITHUB_API_URL. */
  get url(): string {
    return this.baseUrl;
  }

  /** owner/name, as GITHUB_REPOSITORY. */
  get slug(): string {
    return `${this.owner}/${this.repo}`;
  }

  /**
   * Environment variables that point a command at this server, and shrink the
   * client's pacing of writes (a second apart on GitHub) to nothing here.
   */
  env(): Record<string, string> {
    return { GITHUB_API_URL: this.url, GITHUB_TOKEN: this.token, GITHUB_REPOSITORY: this.slug, TANDEM_GITHUB_DELAY_SCALE: '0.001' };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- configuration -------------------------------------------------------------------------

  addToken(token: string, login: string): void {
    this.tokens.set(token, login);
  }

  /** A token whose user may read the repository but not write to it. */
  addReadOnlyToken(token: string, login: string): void {
    this.tokens.set(token, login);
    this.readOnlyLogins.add(login);
  }

  /**
   * A token that acts as the Actions bot, as the workflow's GITHUB_TOKEN does:
   * its comments are written by github-actions[bot], and GET /user answers
   * 403 "Resource not accessible by integration" (an installation token has no user).
   */
  addActionsToken(token: string): void {
    this.tokens.set(token, ACTIONS_BOT);
  }

  /**
   * Adds an endpoint (or overrides a built-in one: later routes win).
   * `template` uses GitHub's documented form: '/repos/{owner}/{repo}/...'.
   */
  route(method: string, template: string, handler: RouteHandler): void {
    this.routes.unshift({ method: method.toUpperCase(), template, handler, ...compile(template) });
  }

  /** Makes the next `times` requests to method + route fail with `status` (see FaultSpec). */
  failNext(fault: FaultSpec): void {
    const method = fault.method.toUpperCase();
    if (!this.routes.some((route) => route.method === method && route.template === fault.route)) {
      throw new Error(`failNext: no route ${method} ${fault.route}; a fault on it would never fire`);
    }
    this.faults.push({ ...fault, method, remaining: fault.times ?? 1 });
  }

  /** Faults armed but not yet fired. */
  pendingFaults(): FaultSpec[] {
    return this.faults.filter((fault) => fault.remaining > 0);
  }

  // ---- state, for seeding and assertions -----------------------------------------------------

  /** Commits files (path -> text, null deletes) to a branch, as someone pushing directly would. */
  commit(branch: string, files: Record<string, string | null>, message = 'Direct push'): string {
    return this.git.commitToBranch(branch, files, message, this.owner);
  }

  branchHead(branch: string): string | undefined {
    return this.git.refs.get(`refs/heads/${branch}`);
  }

  branches(): string[] {
    return [...this.git.refs.keys()].filter((ref) => ref.startsWith('refs/heads/')).map((ref) => ref.slice(11));
  }

  /** A file's text on a branch (or at a commit), undefined when absent. */
  fileOn(ref: string, path: string): string | undefined {
    const commit = this.git.resolve(ref);
    const blob = commit ? this.git.filesAt(commit).get(path) : undefined;
    return blob ? this.git.blobs.get(blob)?.toString('utf8') : undefined;
  }

  /** The pull requests, optionally only those whose head branch is `head`. */
  pulls(head?: string): IssueRecord[] {
    return [...this.issues.values()].filter((issue) => issue.pull && (head === undefined || issue.pull.head === head));
  }

  /** Every request that could change state. */
  writeRequests(): RecordedRequest[] {
    return this.requests.filter((request) => WRITE_METHODS.has(request.method));
  }

  requestsTo(method: string, route: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method.toUpperCase() && request.route === route);
  }

  /** Files an issue as `author` (someone other than the token's user, typically). */
  seedIssue(issue: { title: string; body?: string; labels?: string[]; author?: string }): IssueRecord {
    return this.createIssue(issue.author ?? this.owner, issue.title, issue.body ?? null, issue.labels ?? []);
  }

  seedComment(issueNumber: number, body: string, author = this.owner): CommentRecord {
    return this.createComment(issueNumber, body, author);
  }

  /**
   * How GitHub describes `login`'s relation to the repository on an issue or
   * comment: MEMBER for any member of the owning organisation and
   * COLLABORATOR for any collaborator, read-only ones included, which is why
   * Tandem never decides trust from it.
   */
  authorAssociation(login: string): string {
    if (login === this.owner) return 'OWNER';
    if (this.members.has(login)) return 'MEMBER';
    return this.collaborators.has(login) ? 'COLLABORATOR' : 'NONE';
  }

  /**
   * Whether the permission endpoint answers for the account: the owner, a
   * collaborator, a member, or a token's user. Anyone else gets 404, as GitHub
   * answers for a login it does not know (a deleted account, a typo).
   */
  private knowsUser(login: string): boolean {
    return login === this.owner || this.collaborators.has(login) || this.members.has(login) || [...this.tokens.values()].includes(login);
  }

  // ---- JSON shapes, as GitHub renders them ----------------------------------------------------

  userJson(login: string): JsonObject {
    return {
      login,
      id: login.split('').reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) % 1_000_000,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
    };
  }

  issueJson(issue: IssueRecord): JsonObject {
    const json: JsonObject = {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      labels: issue.labels.map((name) => ({ name })),
      user: this.userJson(issue.author),
      assignees: issue.assignees.map((login) => this.userJson(login)),
      author_association: this.authorAssociation(issue.author),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      html_url: `${this.url}/${this.slug}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    };
    if (issue.pull) json['pull_request'] = { url: `${this.url}/repos/${this.slug}/pulls/${issue.number}` };
    return json;
  }

  pullJson(issue: IssueRecord): JsonObject {
    const pull = issue.pull as PullRecord;
    const { labels, user, title, body, state, number, html_url, created_at, updated_at } = this.issueJson(issue);
    return {
      number,
      title,
      body,
      state,
      labels,
      user,
      html_url,
      created_at,
      updated_at,
      merged: pull.merged,
      head: { ref: pull.head, sha: this.branchHead(pull.head) ?? null, label: `${this.owner}:${pull.head}` },
      base: { ref: pull.base, sha: this.branchHead(pull.base) ?? null, label: `${this.owner}:${pull.base}` },
      requested_reviewers: pull.requestedReviewers.map((login) => this.userJson(login)),
    };
  }

  commentJson(comment: CommentRecord): JsonObject {
    return {
      id: comment.id,
      body: comment.body,
      user: this.userJson(comment.author),
      author_association: this.authorAssociation(comment.author),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      html_url: `${this.url}/${this.slug}/issues/${comment.issue}#issuecomment-${comment.id}`,
    };
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      route: undefined,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      injected: false,
    };
    this.requests.push(record);
    const reply = this.dispatch(method, url, text, request.headers.authorization, record);
    record.status = reply.status;
    const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...reply.headers,
    });
    response.end(payload);
  }

  private dispatch(method: string, url: URL, text: string, authorization: string | undefined, record: RecordedRequest): Reply {
    const login = this.authenticate(authorization);
    if (login === undefined) return githubError(401, 'Bad credentials');
    let body: JsonObject = {};
    if (text.trim() !== '') {
      try {
        const parsed: unknown = JSON.parse(text);
        body = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as JsonObject) : { value: parsed };
      } catch {
        return githubError(400, 'Problems parsing JSON');
      }
    }
    record.body = body;
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      record.route = route.template;
      const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
      if (params['owner'] !== undefined && (params['owner'] !== this.owner || params['repo'] !== this.repo)) {
        return notFound();
      }
      const refused = this.refusedBySettings(method, route.template, login);
      if (refused) return refused;
      const fault = this.faults.find(
        (candidate) => candidate.remaining > 0 && candidate.method === method && candidate.route === route.template,
      );
      if (fault) {
        fault.remaining -= 1;
        if (fault.apply) route.handler({ params, query: url.searchParams, body, login, server: this });
        record.injected = true;
        return {
          status: fault.status,
          body: fault.body ?? { message: `Injected ${fault.status}` },
          ...(fault.headers ? { headers: fault.headers } : {}),
        };
      }
      return route.handler({ params, query: url.searchParams, body, login, server: this });
    }
    return notFound();
  }

  /**
   * The answers a repository's state forces, on exactly the endpoints whose
   * description in GitHub's OpenAPI document lists them: 409 for the Git
   * database of an empty repository, 410 for issue endpoints when issues are off,
   * 403 for the writes of a token that may only read.
   */
  private refusedBySettings(method: string, template: string, login?: string): Reply | undefined {
    if (template.startsWith('/repos/{owner}/{repo}/git/') && this.git.refs.size === 0) return githubError(409, 'Git Repository is empty.');
    if (template === '/repos/{owner}/{repo}/contents/{+path}' && this.git.refs.size === 0)
      return githubError(404, 'This repository is empty.');
    const issueEndpoint =
      template.startsWith('/repos/{owner}/{repo}/issues') && !template.startsWith('/repos/{owner}/{repo}/issues/comments/');
    const listsGone = !(method === 'GET' && template === '/repos/{owner}/{repo}/issues');
    if (issueEndpoint && this.issuesDisabled && listsGone) return githubError(410, 'Issues are disabled for this repo');
    if (login !== undefined && this.readOnlyLogins.has(login) && WRITES_LISTING_403.has(`${method} ${template}`)) {
      return githubError(403, 'Resource not accessible by personal access token');
    }
    return undefined;
  }

  private authenticate(authorization: string | undefined): string | undefined {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '');
    return match ? this.tokens.get(match[1] as string) : undefined;
  }

  // ---- endpoints -----------------------------------------------------------------------------

  private registerRepositoryRoutes(): void {
    this.route('GET', '/user', ({ login }) =>
      login === ACTIONS_BOT ? githubError(403, 'Resource not accessible by integration') : { status: 200, body: this.userJson(login) },
    );
    this.route('GET', '/repos/{owner}/{repo}', () => ({
      status: 200,
      body: {
        name: this.repo,
        full_name: this.slug,
        // GitHub reports an internal repository as private: true, visibility: internal.
        private: this.visibility !== 'public',
        visibility: this.visibility,
        default_branch: this.defaultBranch,
        owner: { ...this.userJson(this.owner), type: this.ownerType },
      },
    }));
    this.route('GET', '/repos/{owner}/{repo}/contents/{+path}', ({ params, query }) => {
      const commit = this.git.resolve(query.get('ref') ?? this.defaultBranch);
      if (!commit) return githubError(404, `No commit found for the ref ${query.get('ref')}`);
      const path = (params['path'] ?? '').replace(/\/+$/, '');
      const files = this.git.filesAt(commit);
      const blob = files.get(path);
      if (blob) {
        const content = this.git.blobs.get(blob) ?? Buffer.alloc(0);
        const base64 = content.toString('base64').replace(/.{60}/g, '$&\n');
        const name = path.split('/').pop();
        return { status: 200, body: { type: 'file', name, path, sha: blob, size: content.length, encoding: 'base64', content: base64 } };
      }
      const entries = new Map<string, JsonObject>();
      for (const [file, sha] of files) {
        if (!file.startsWith(`${path}/`)) continue;
        const [name = '', ...rest] = file.slice(path.length + 1).split('/');
        const childPath = `${path}/${name}`;
        entries.set(
          name,
          rest.length > 0 ? { type: 'dir', name, path: childPath, sha: null } : { type: 'file', name, path: childPath, sha },
        );
      }
      return entries.size > 0 ? { status: 200, body: [...entries.values()] } : notFound();
    });
    // As GitHub answers it: role_name is the role; the legacy `permission` folds maintain into write and triage into read;
    // a member or token user without access gets none (and an empty role_name); any other login gets 404.
    this.route('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', ({ params }) => {
      const username = params['username'] as string;
      if (!this.knowsUser(username)) return notFound();
      const role = username === this.owner ? 'admin' : this.collaborators.get(username);
      const legacy = role === undefined ? 'none' : role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      return { status: 200, body: { permission: legacy, role_name: role ?? '', user: this.userJson(username) } };
    });
    this.route('GET', '/repos/{owner}/{repo}/collaborators/{username}', ({ params }) =>
      params['username'] === this.owner || this.collaborators.has(params['username'] as string) ? { status: 204 } : notFound(),
    );
  }

  private registerGitRoutes(): void {
    const refJson = (ref: string, sha: string): JsonObject => ({
      ref,
      url: `${this.url}/repos/${this.slug}/git/${ref}`,
      object: { sha, type: 'commit' },
    });
    this.route('GET', '/repos/{owner}/{repo}/git/ref/{+ref}', ({ params }) => {
      const ref = `refs/${params['ref']}`;
      const sha = this.git.refs.get(ref);
      return sha ? { status: 200, body: refJson(ref, sha) } : notFound();
    });
    this.route('GET', '/repos/{owner}/{repo}/git/matching-refs/{+ref}', ({ params }) => {
      const prefix = `refs/${params['ref']}`;
      const refs = [...this.git.refs].filter(([ref]) => ref.startsWith(prefix)).map(([ref, sha]) => refJson(ref, sha));
      return { status: 200, body: refs };
    });
    this.route('POST', '/repos/{owner}/{repo}/git/refs', ({ body }) => {
      const ref = asString(body['ref']) ?? '';
      const sha = asString(body['sha']) ?? '';
      if (!/^refs\/.+\/.+/.test(ref)) return githubError(422, 'Reference name is invalid');
      if (!this.git.commits.has(sha)) return githubError(422, 'Object does not exist');
      if (this.git.refs.has(ref)) return githubError(422, 'Reference already exists');
      // What GitHub answers when Git's ref store refuses a name that is a folder of another ref, or the other way round.
      if (this.git.refConflict(ref)) return githubError(422, `Reference cannot be created: ${this.git.refConflict(ref)} exists`);
      this.git.refs.set(ref, sha);
      return { status: 201, body: refJson(ref, sha) };
    });
    this.route('PATCH', '/repos/{owner}/{repo}/git/refs/{+ref}', ({ params, body }) => {
      const ref = `refs/${params['ref']}`;
      const current = this.git.refs.get(ref);
      const sha = asString(body['sha']) ?? '';
      if (!current) return githubError(422, 'Reference does not exist');
      if (!this.git.commits.has(sha)) return githubError(422, 'Object does not exist');
      if (body['force'] !== true && !this.git.isAncestor(current, sha)) return githubError(422, 'Update is not a fast forward');
      this.git.refs.set(ref, sha);
      return { status: 200, body: refJson(ref, sha) };
    });
    this.route('DELETE', '/repos/{owner}/{repo}/git/refs/{+ref}', ({ params }) =>
      this.git.refs.delete(`refs/${params['ref']}`) ? { status: 204 } : githubError(422, 'Reference does not exist'),
    );
    this.route('GET', '/repos/{owner}/{repo}/compare/{basehead}', ({ params }) => {
      const [base = '', head = ''] = (params['basehead'] ?? '').split('...');
      const baseSha = this.git.resolve(base);
      const headSha = this.git.resolve(head);
      if (!baseSha || !headSha) return notFound();
      const mergeBase = this.git.mergeBase(baseSha, headSha);
      const before = mergeBase ? this.git.filesAt(mergeBase) : new Map<string, string>();
      const after = this.git.filesAt(headSha);
      const files: JsonObject[] = [];
      for (const [filename, sha] of after) {
        if (!before.has(filename)) files.push({ filename, status: 'added', sha });
        else if (before.get(filename) !== sha) files.push({ filename, status: 'modified', sha });
      }
      for (const filename of before.keys()) if (!after.has(filename)) files.push({ filename, status: 'removed', sha: null });
      const ahead = [];
      for (let sha: string | undefined = headSha; sha && sha !== mergeBase; sha = this.git.commits.get(sha)?.parents[0]) ahead.push(sha);
      return {
        status: 200,
        body: {
          status: headSha === baseSha ? 'identical' : mergeBase === baseSha ? 'ahead' : mergeBase === headSha ? 'behind' : 'diverged',
          ahead_by: ahead.length,
          merge_base_commit: { sha: mergeBase ?? null },
          files,
        },
      };
    });
    this.route('POST', '/repos/{owner}/{repo}/git/blobs', ({ body }) => {
      const content = asString(body['content']);
      if (content === undefined) return githubError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
      const bytes = body['encoding'] === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
      const sha = this.git.putBlob(bytes);
      return { status: 201, body: { sha, url: `${this.url}/repos/${this.slug}/git/blobs/${sha}` } };
    });
    this.route('GET', '/repos/{owner}/{repo}/git/blobs/{sha}', ({ params }) => {
      const content = this.git.blobs.get(params['sha'] as string);
      return content
        ? { status: 200, body: { sha: params['sha'], size: content.length, encoding: 'base64', content: content.toString('base64') } }
        : notFound();
    });
    this.route('POST', '/repos/{owner}/{repo}/git/trees', ({ body }) => {
      const baseTree = asString(body['base_tree']);
      const base = baseTree === undefined ? new Map<string, string>() : this.git.trees.get(baseTree);
      if (!base) return githubError(422, 'Invalid tree info');
      const entries = new Map(base);
      for (const item of Array.isArray(body['tree']) ? (body['tree'] as JsonObject[]) : []) {
        const path = asString(item['path']) ?? '';
        if (item['sha'] === null) {
          entries.delete(path);
        } else if (typeof item['content'] === 'string') {
          entries.set(path, this.git.putBlob(Buffer.from(item['content'], 'utf8')));
        } else {
          const sha = asString(item['sha']) ?? '';
          if (!this.git.blobs.has(sha)) return githubError(422, 'GitRPC::BadObjectState');
          entries.set(path, sha);
        }
      }
      const sha = this.git.putTree(entries);
      return { status: 201, body: this.treeJson(sha) };
    });
    this.route('GET', '/repos/{owner}/{repo}/git/trees/{sha}', ({ params }) =>
      this.git.trees.has(params['sha'] as string) ? { status: 200, body: this.treeJson(params['sha'] as string) } : notFound(),
    );
    this.route('POST', '/repos/{owner}/{repo}/git/commits', ({ body, login }) => {
      const tree = asString(body['tree']) ?? '';
      const parents = asStrings(body['parents']);
      if (!this.git.trees.has(tree)) return githubError(422, 'Tree SHA does not exist');
      if (parents.some((parent) => !this.git.commits.has(parent)))
        return githubError(422, 'Parent SHA does not exist or is not a commit object');
      const sha = this.git.putCommit(tree, parents, asString(body['message']) ?? '', login);
      return { status: 201, body: this.commitJson(sha) };
    });
    this.route('GET', '/repos/{owner}/{repo}/git/commits/{sha}', ({ params }) =>
      this.git.commits.has(params['sha'] as string) ? { status: 200, body: this.commitJson(params['sha'] as string) } : notFound(),
    );
  }

  private treeJson(sha: string): JsonObject {
    const tree = [...(this.git.trees.get(sha) ?? [])].map(([path, blob]) => ({
      path,
      mode: '100644',
      type: 'blob',
      sha: blob,
      size: this.git.blobs.get(blob)?.length ?? 0,
    }));
    return { sha, url: `${this.url}/repos/${this.slug}/git/trees/${sha}`, tree, truncated: false };
  }

  private commitJson(sha: string): JsonObject {
    const commit = this.git.commits.get(sha);
    if (!commit) return {};
    return {
      sha,
      message: commit.message,
      tree: { sha: commit.tree },
      parents: commit.parents.map((parent) => ({ sha: parent })),
      author: { name: commit.author, email: `${commit.author}@users.noreply.github.test` },
    };
  }

  private registerPullRoutes(): void {
    const headBranch = (head: string): string => (head.includes(':') ? head.slice(head.indexOf(':') + 1) : head);
    this.route('GET', '/repos/{owner}/{repo}/pulls', ({ query }) => {
      const state = query.get('state') ?? 'open';
      const head = query.get('head');
      const base = query.get('base');
      const pulls = this.pulls().filter(
        (issue) =>
          (state === 'all' || issue.state === state) &&
          (head === null || (head.startsWith(`${this.owner}:`) && issue.pull?.head === headBranch(head))) &&
          (base === null || issue.pull?.base === base),
      );
      return { status: 200, body: pulls.reverse().map((issue) => this.pullJson(issue)) };
    });
    this.route('POST', '/repos/{owner}/{repo}/pulls', ({ body, login }) => {
      const head = headBranch(asString(body['head']) ?? '');
      const base = asString(body['base']) ?? '';
      const title = asString(body['title']);
      const headSha = this.branchHead(head);
      const baseSha = this.branchHead(base);
      if (!title) return githubError(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
      if (!headSha) return githubError(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      if (!baseSha) return githubError(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      if (this.pulls(head).some((issue) => issue.state === 'open' && issue.pull?.base === base)) {
        return validation(`A pull request already exists for ${this.owner}:${head}.`);
      }
      if (this.git.isAncestor(headSha, baseSha)) return validation(`No commits between ${base} and ${head}`);
      const issue = this.createIssue(login, title, asString(body['body']) ?? null, []);
      issue.pull = { head, base, merged: false, requestedReviewers: [] };
      return { status: 201, body: this.pullJson(issue) };
    });
    const pull = (params: Record<string, string>): IssueRecord | undefined => {
      const issue = this.issues.get(Number(params['pull_number']));
      return issue?.pull ? issue : undefined;
    };
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', ({ params }) => {
      const issue = pull(params);
      return issue ? { status: 200, body: this.pullJson(issue) } : notFound();
    });
    this.route('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', ({ params, body }) => {
      const issue = pull(params);
      if (!issue?.pull) return notFound();
      this.editIssue(issue, body);
      const base = asString(body['base']);
      if (base !== undefined) issue.pull.base = base;
      return { status: 200, body: this.pullJson(issue) };
    });
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', ({ params }) => {
      const issue = pull(params);
      return issue?.pull
        ? {
            status: 200,
            body: (issue.pull.reviewedBy ?? []).map((login, index) => ({ id: index + 1, user: this.userJson(login), state: 'APPROVED' })),
          }
        : notFound();
    });
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', ({ params }) => {
      const issue = pull(params);
      return issue?.pull
        ? { status: 200, body: { users: issue.pull.requestedReviewers.map((login) => this.userJson(login)), teams: [] } }
        : notFound();
    });
    this.route('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', ({ params, body }) => {
      const issue = pull(params);
      if (!issue?.pull) return notFound();
      const reviewers = asStrings(body['reviewers']);
      if (reviewers.some((login) => login.toLowerCase() === issue.author.toLowerCase())) {
        return validation('Review cannot be requested from pull request author.', 'ReviewRequest');
      }
      if (reviewers.some((login) => login !== this.owner && !this.collaborators.has(login))) {
        return validation(
          `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${this.slug} repository.`,
          'ReviewRequest',
        );
      }
      for (const login of reviewers) if (!issue.pull.requestedReviewers.includes(login)) issue.pull.requestedReviewers.push(login);
      return { status: 201, body: this.pullJson(issue) };
    });
  }

  private registerIssueRoutes(): void {
    const issueOf = (params: Record<string, string>): IssueRecord | undefined => this.issues.get(Number(params['issue_number']));
    this.route('POST', '/repos/{owner}/{repo}/issues', ({ body, login }) => {
      const title = asString(body['title']);
      if (!title) return githubError(422, 'Validation Failed', [{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
      const issue = this.createIssue(login, title, asString(body['body']) ?? null, asStrings(body['labels']));
      issue.assignees = asStrings(body['assignees']);
      return { status: 201, body: this.issueJson(issue) };
    });
    this.route('GET', '/repos/{owner}/{repo}/issues', ({ query }) => {
      const state = query.get('state') ?? 'open';
      const labels = (query.get('labels') ?? '')
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean);
      const issues = [...this.issues.values()]
        .filter((issue) => (state === 'all' || issue.state === state) && labels.every((label) => issue.labels.includes(label)))
        .reverse();
      return { status: 200, body: issues.map((issue) => this.issueJson(issue)) };
    });
    this.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}', ({ params }) => {
      const issue = issueOf(params);
      return issue ? { status: 200, body: this.issueJson(issue) } : notFound();
    });
    this.route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', ({ params, body }) => {
      const issue = issueOf(params);
      if (!issue) return notFound();
      this.editIssue(issue, body);
      if (Array.isArray(body['labels'])) issue.labels = asStrings(body['labels']);
      if (Array.isArray(body['assignees'])) issue.assignees = asStrings(body['assignees']);
      return { status: 200, body: this.issueJson(issue) };
    });
    this.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/labels', ({ params }) => {
      const issue = issueOf(params);
      return issue ? { status: 200, body: issue.labels.map((name) => ({ name })) } : notFound();
    });
    this.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', ({ params, body }) => {
      const issue = issueOf(params);
      if (!issue) return notFound();
      for (const label of asStrings(body['labels'])) if (!issue.labels.includes(label)) issue.labels.push(label);
      this.touch(issue);
      return { status: 200, body: issue.labels.map((name) => ({ name })) };
    });
    this.route('DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', ({ params }) => {
      const issue = issueOf(params);
      if (!issue || !issue.labels.includes(params['name'] as string)) return githubError(404, 'Label does not exist');
      issue.labels = issue.labels.filter((label) => label !== params['name']);
      this.touch(issue);
      return { status: 200, body: issue.labels.map((name) => ({ name })) };
    });
    this.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ({ params }) => {
      const issue = issueOf(params);
      if (!issue) return notFound();
      const comments = [...this.comments.values()].filter((comment) => comment.issue === issue.number);
      return { status: 200, body: comments.map((comment) => this.commentJson(comment)) };
    });
    this.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ({ params, body, login }) => {
      const issue = issueOf(params);
      if (!issue) return notFound();
      const text = asString(body['body']);
      if (!text) return githubError(422, 'Validation Failed', [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
      return { status: 201, body: this.commentJson(this.createComment(issue.number, text, login)) };
    });
    this.route('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ({ params }) => {
      const comment = this.comments.get(Number(params['comment_id']));
      return comment ? { status: 200, body: this.commentJson(comment) } : notFound();
    });
    this.route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ({ params, body }) => {
      const comment = this.comments.get(Number(params['comment_id']));
      if (!comment) return notFound();
      const text = asString(body['body']);
      if (!text) return githubError(422, 'Validation Failed', [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
      comment.body = text;
      comment.updatedAt = new Date().toISOString();
      return { status: 200, body: this.commentJson(comment) };
    });
    this.route('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ({ params }) =>
      this.comments.delete(Number(params['comment_id'])) ? { status: 204 } : notFound(),
    );
  }

  private createIssue(author: string, title: string, body: string | null, labels: string[]): IssueRecord {
    const now = new Date().toISOString();
    const issue: IssueRecord = {
      number: this.nextIssueNumber++,
      title,
      body,
      state: 'open',
      stateReason: null,
      labels: [...new Set(labels)],
      author,
      assignees: [],
      createdAt: now,
      updatedAt: now,
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  private createComment(issue: number, body: string, author: string): CommentRecord {
    const now = new Date().toISOString();
    const comment: CommentRecord = { id: this.nextCommentId++, issue, body, author, createdAt: now, updatedAt: now };
    this.comments.set(comment.id, comment);
    return comment;
  }

  private editIssue(issue: IssueRecord, body: JsonObject): void {
    const title = asString(body['title']);
    if (title !== undefined) issue.title = title;
    if ('body' in body) issue.body = asString(body['body']) ?? null;
    const state = asString(body['state']);
    if (state === 'open' || state === 'closed') issue.state = state;
    if ('state_reason' in body) issue.stateReason = asString(body['state_reason']) ?? null;
    this.touch(issue);
  }

  private touch(issue: IssueRecord): void {
    issue.updatedAt = new Date().toISOString();
  }
}
