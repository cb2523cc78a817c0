/**
 * From a draft contract or pairing to its pull request: validate the draft
 * with the same code as `npm run validate`, in the context of the local
 * repository, as if it already sat at its path; only a valid draft goes to
 * GitHub, and a record already on file is never overwritten unless amended.
 */
import { yamlPackage } from '../yaml/yaml-package.ts';
import type { Diagnostic } from '../diagnostics.ts';
import {
  GitHubError,
  openRecordPullRequest,
  type GitHubClient,
  type RecordPullRequestOutcome,
  type RepositoryName,
} from '../github/index.ts';
import { LocalChangeError, type LocalGit } from '../publish/local-git.ts';
import { changeTargetOf, publishRecordChange, type LocalChangeResult } from '../publish/publish-change.ts';
import type { SourceFile } from '../repository/read-files.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { validateFiles, type Repository } from '../validate/index.ts';
import { derivePairingId } from './pairing-id.ts';
import { contractPullRequestText, pairingPullRequestText, type PullRequestText } from './pull-request-text.ts';
import { recordBranch } from './pull-request-names.ts';
import { recordPath, type RecordKind } from './record-location.ts';

export interface SubmitDraftInput {
  /** The local repository's content files (readRepositoryFiles). */
  files: readonly SourceFile[];
  draftText: string;
  /** How diagnostics name the draft (the file given to --from); defaults to the record's repository path. */
  draftPath?: string;
  /** YYYY-MM-DD, for the date rules. */
  today: string;
  client?: GitHubClient;
  repo?: RepositoryName;
  /** Local mode (no token): the working tree's Git, written into instead of opening a pull request. */
  local?: LocalGit;
  /** Propose a change to a record that already exists. */
  amend?: boolean;
  /** Validate and plan only: no GitHub call at all. */
  dryRun?: boolean;
  /** A closing paragraph for the pull request body (IssueOps links back to its issue with it). */
  bodyNote?: string;
}

export interface SubmitPairingInput extends SubmitDraftInput {
  /** The pairing's id; derived from the cycle and the surnames when absent. */
  id?: string;
  /** The cycle year for a derived id; the year of `notified` when absent. */
  cycle?: string;
}

/** What would be (or was) sent to GitHub. */
export interface SubmitPlan extends PullRequestText {
  kind: RecordKind;
  program: string;
  id: string;
  path: string;
  branch: string;
  content: string;
  amend: boolean;
}

export type SubmitResult =
  | { status: 'invalid'; diagnostics: Diagnostic[] }
  /** The record is already on file (locally or on the default branch) and --amend was not given. */
  | { status: 'exists'; message: string; diagnostics: Diagnostic[] }
  | { status: 'dry-run'; plan: SubmitPlan; diagnostics: Diagnostic[] }
  | {
      status: 'opened';
      plan: SubmitPlan;
      url: string;
      number: number;
      outcome: RecordPullRequestOutcome;
      /** From GitHub: things that did not stop the pull request (a reviewer it would not accept). */
      warnings: string[];
      diagnostics: Diagnostic[];
    }
  /** Local mode: the files were written into the working tree. */
  | { status: 'written'; plan: SubmitPlan; local: LocalChangeResult; diagnostics: Diagnostic[] };

const PROGRAM_ID = /^[a-z][a-z0-9-]*$/;
const RECORD_ID = /^[0-9]{4}-[a-z0-9]+(-[a-z0-9]+)*$/;
/** Stands in for a program or id the draft does not give, so that the validator still reports everything else. */
const UNNAMED = 'unnamed-draft';

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;

/** A lenient first reading, only to learn where the draft belongs; the validator does the strict one. */
function peek(text: string): unknown {
  try {
    return yamlPackage().parse(text, { schema: 'core' });
  } catch {
    return undefined;
  }
}

function withTrailingNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

interface Located {
  kind: RecordKind;
  program: string;
  id: string;
  path: string;
}

interface Checked<T> {
  data?: T;
  program?: Program;
  diagnostics: Diagnostic[];
}

/** Validates `text` placed at `location.path`, among the other local files; renames the draft's diagnostics. */
function validateAt<T>(
  input: SubmitDraftInput,
  location: Located,
  text: string,
  pick: (repository: Repository, key: string) => T | undefined,
): Checked<T> {
  const bytes = new TextEncoder().encode(text);
  const files = [...input.files.filter((file) => file.path !== location.path), { path: location.path, bytes }];
  const result = validateFiles(files, { today: input.today, only: [location.path] });
  const shownAs = input.draftPath ?? location.path;
  const diagnostics = result.diagnostics.map((d) => (d.file === location.path ? { ...d, file: shownAs } : d));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const key = `${location.program}/${location.id}`;
  const data = pick(result.repository, key);
  const program = result.repository.programs.get(location.program)?.data;
  if (data === undefined || program === undefined) {
    // The validator reported no error yet did not load the record: say so rather than guess.
    return {
      diagnostics: [
        ...diagnostics,
        {
          file: shownAs,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'draft-not-loaded',
          message: `The draft could not be read as a ${location.kind} of program ${location.program}.`,
        },
      ],
    };
  }
  return { data, program, diagnostics };
}

async function send(input: SubmitDraftInput, plan: SubmitPlan, diagnostics: Diagnostic[]): Promise<SubmitResult> {
  if (input.dryRun) return { status: 'dry-run', plan, diagnostics };
  try {
    const published = await publishRecordChange(changeTargetOf(input), {
      branch: plan.branch,
      files: { [plan.path]: plan.content },
      commitMessage: plan.commitMessage,
      title: plan.title,
      body: plan.body,
      labels: plan.labels,
      reviewers: plan.reviewers,
      mustNotExistOnBase: [plan.path],
      amend: plan.amend,
    });
    if (published.kind === 'local') return { status: 'written', plan, local: published, diagnostics };
    return {
      status: 'opened',
      plan,
      url: published.url,
      number: published.number,
      outcome: published.outcome,
      warnings: published.warnings,
      diagnostics,
    };
  } catch (error) {
    if (error instanceof GitHubError && error.kind === 'conflict') return { status: 'exists', message: error.message, diagnostics };
    if (error instanceof LocalChangeError && error.kind === 'exists') return { status: 'exists', message: error.message, diagnostics };
    throw error;
  }
}

function alreadyOnFile(input: SubmitDraftInput, location: Located): SubmitResult | undefined {
  if (input.amend || !input.files.some((file) => file.path === location.path)) return undefined;
  return {
    status: 'exists',
    message: `${location.path} already exists in this repository; it was not changed. Use --amend to propose a change to it.`,
    diagnostics: [],
  };
}

function plan(location: Located, text: PullRequestText, content: string, amend: boolean, bodyNote?: string): SubmitPlan {
  const body = bodyNote ? `${text.body}\n\n${bodyNote}` : text.body;
  return { ...text, body, ...location, branch: recordBranch(location.kind, location.program, location.id), content, amend };
}

/** The pairing's file on its still-open pull request, when there is one (the contract then joins that pull request). */
async function pairingOnOpenPullRequest(input: SubmitDraftInput, program: string, id: string): Promise<OpenPairing | undefined> {
  if (!input.client || !input.repo) return undefined;
  const branch = recordBranch('pairing', program, id);
  const path = recordPath('pairing', program, id);
  const { owner, name } = input.repo;
  try {
    const { data: pulls } = await input.client.rest.pulls.list({ owner, repo: name, head: `${owner}:${branch}`, state: 'open' });
    const pull = pulls[0];
    if (!pull) return undefined;
    const { data } = await input.client.rest.repos.getContent({ owner, repo: name, path, ref: branch });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    const text = Buffer.from(data.content, 'base64').toString('utf8');
    return { branch, path, text, number: pull.number, title: pull.title, body: pull.body ?? '' };
  } catch (error) {
    // No such branch or file: the pairing is simply not on an open pull request.
    if (error instanceof Error && 'status' in error && error.status === 404) return undefined;
    throw error;
  }
}

interface OpenPairing {
  branch: string;
  path: string;
  text: string;
  number: number;
  title: string;
  body: string;
}

const CONTRACT_SECTION = '<!-- tandem:contract -->';

/**
 * A contract for a pairing whose pull request is still open: checked with the
 * pairing as that pull request has it, then added to the same pull request
 * (its branch gets the contract; its title stays, its body gains the contract's
 * summary once), so that the coordinator reviews and merges the two together.
 */
async function submitWithOpenPairing(
  input: SubmitDraftInput,
  location: Located,
  content: string,
  open: OpenPairing,
): Promise<SubmitResult> {
  const files = [...input.files.filter((file) => file.path !== open.path), { path: open.path, bytes: new TextEncoder().encode(open.text) }];
  const checked = validateAt<Contract>({ ...input, files }, location, content, (repository, key) => repository.contracts.get(key)?.data);
  if (!checked.data || !checked.program) return { status: 'invalid', diagnostics: checked.diagnostics };
  const text = contractPullRequestText(checked.data, checked.program, { amend: false });
  const body = open.body.includes(CONTRACT_SECTION)
    ? open.body
    : `${open.body}\n\n${CONTRACT_SECTION}\n${text.body}${input.bodyNote ? `\n\n${input.bodyNote}` : ''}`;
  const planned: SubmitPlan = {
    ...text,
    ...location,
    title: open.title,
    body,
    branch: open.branch,
    content,
    amend: false,
    labels: [...new Set([...(text.labels ?? [])])],
  };
  if (input.dryRun) return { status: 'dry-run', plan: planned, diagnostics: checked.diagnostics };
  try {
    const opened = await openRecordPullRequest(input.client!, input.repo!, {
      branch: open.branch,
      // The pairing as its pull request has it (unchanged), and the contract beside it.
      files: { [open.path]: open.text, [location.path]: content },
      commitMessage: text.commitMessage,
      title: open.title,
      body,
      labels: planned.labels,
      reviewers: planned.reviewers,
      mustNotExistOnBase: [location.path],
    });
    return {
      status: 'opened',
      plan: planned,
      url: opened.url,
      number: opened.number,
      outcome: opened.outcome,
      warnings: opened.warnings,
      diagnostics: checked.diagnostics,
    };
  } catch (error) {
    if (error instanceof GitHubError && error.kind === 'conflict')
      return { status: 'exists', message: error.message, diagnostics: checked.diagnostics };
    throw error;
  }
}

export async function submitContractDraft(input: SubmitDraftInput): Promise<SubmitResult> {
  const content = withTrailingNewline(input.draftText);
  const draft = peek(content);
  const programValue = field(draft, 'program');
  const pairingValue = field(draft, 'pairing');
  const program = typeof programValue === 'string' && PROGRAM_ID.test(programValue) ? programValue : UNNAMED;
  const id = typeof pairingValue === 'string' && RECORD_ID.test(pairingValue) ? pairingValue : `0000-${UNNAMED}`;
  const location: Located = { kind: 'contract', program, id, path: recordPath('contract', program, id) };
  const checked = validateAt<Contract>(input, location, content, (repository, key) => repository.contracts.get(key)?.data);
  const noPairing = checked.diagnostics.some((d) => d.rule === 'contract-pairing-exists');
  if (noPairing && program !== UNNAMED && !input.files.some((file) => file.path === recordPath('pairing', program, id))) {
    const open = await pairingOnOpenPullRequest(input, program, id);
    if (open) {
      const exists = alreadyOnFile(input, location);
      if (exists) return { ...exists, diagnostics: checked.diagnostics };
      return submitWithOpenPairing(input, location, content, open);
    }
  }
  if (!checked.data || !checked.program) return { status: 'invalid', diagnostics: checked.diagnostics };
  const exists = alreadyOnFile(input, location);
  if (exists) return { ...exists, diagnostics: checked.diagnostics };
  const text = contractPullRequestText(checked.data, checked.program, { amend: input.amend ?? false });
  return send(input, plan(location, text, content, input.amend ?? false, input.bodyNote), checked.diagnostics);
}

export async function submitPairingDraft(input: SubmitPairingInput): Promise<SubmitResult> {
  const content = withTrailingNewline(input.draftText);
  const draft = peek(content);
  const programValue = field(draft, 'program');
  const program = typeof programValue === 'string' && PROGRAM_ID.test(programValue) ? programValue : UNNAMED;
  const id = input.id ?? derivePairingId(draft ?? {}, input.cycle);
  const idProblem = id === undefined || !RECORD_ID.test(id);
  const location: Located = { kind: 'pairing', program, id: idProblem ? `0000-${UNNAMED}` : id, path: '' };
  location.path = recordPath('pairing', program, location.id);
  const checked = validateAt<Pairing>(input, location, content, (repository, key) => repository.pairings.get(key)?.data);
  if (idProblem) {
    const why =
      id === undefined
        ? 'Could not make the pairing id from the cycle year and the two surnames'
        : `The pairing id "${id}" is not a cycle year and surnames in lowercase joined by hyphens`;
    const problem: Diagnostic = {
      file: input.draftPath ?? location.path,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'draft-pairing-id',
      message: `${why}; pass --id, for example --id 2026-lee-okafor.`,
    };
    // Placed at a stand-in path, the validator may also object to the file's name: only the id problem is news.
    return { status: 'invalid', diagnostics: [problem, ...checked.diagnostics.filter((d) => !d.rule.startsWith('path-'))] };
  }
  if (!checked.data || !checked.program) return { status: 'invalid', diagnostics: checked.diagnostics };
  const exists = alreadyOnFile(input, location);
  if (exists) return { ...exists, diagnostics: checked.diagnostics };
  const text = pairingPullRequestText(checked.data, id, checked.program, { amend: input.amend ?? false });
  return send(input, plan(location, text, content, input.amend ?? false, input.bodyNote), checked.diagnostics);
}
