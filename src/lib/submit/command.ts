/**
 * `contract:new` and `pairing:new`, once their options are parsed: parsed
 * values in, exit code out. Every effect (files, standard streams, the GitHub
 * client, the prompts) is passed in, so the scripts stay a few lines and tests
 * can run the whole command in-process. Option parsing, `--help` and the
 * printing of errors are the runner's (scripts/cli/run.ts): this core throws
 * the errors of ../cli/errors.ts, and `submitErrorCode` (./error-code.ts)
 * gives the runner the exit code of its own errors.
 *
 * Without GITHUB_TOKEN the command works in local mode: the same files are
 * written into the working tree (src/lib/publish/) for the coordinator to push.
 *
 * Exit codes: 0 pull request opened (or found), files written locally, or dry run planned;
 * 1 the draft is invalid, the record exists already, or the coordinator
 * cancelled; 2 the command could not run (usage, settings, GitHub).
 */
import { CommandError, InvalidDataError, UsageError } from '../cli/errors.ts';
import { formatText } from '../diagnostics.ts';
import { delayScaleFrom } from '../github/client.ts';
import {
  assertPrivateRepository,
  readGitHubSettings,
  type GitHubClient,
  type GitHubClientOptions,
  type GitHubSettings,
} from '../github/index.ts';
import { usesLocalMode } from '../github/settings.ts';
import type { LocalGit } from '../publish/local-git.ts';
import { localChangeReport } from '../publish/local-report.ts';
import { askContractDraft } from '../prompts/contract-flow.ts';
import { askPairingDraft } from '../prompts/pairing-flow.ts';
import type { Prompts } from '../prompts/prompts.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { validateFiles } from '../validate/index.ts';
import type { RecordKind } from './record-location.ts';
import { submitContractDraft, submitPairingDraft, type SubmitPlan, type SubmitResult } from './submit-draft.ts';

/** The options, as the runner parsed and checked them. */
export interface SubmitOptions {
  /** The draft's path, or '-' for standard input; without it the draft is asked for on the terminal. */
  from?: string | undefined;
  amend: boolean;
  dryRun: boolean;
  repo?: string | undefined;
  apiUrl?: string | undefined;
  /** YYYY-MM-DD. */
  today: string;
  /** pairing:new: the pairing's id, instead of the one made from the cycle and the surnames. */
  id?: string | undefined;
  /** pairing:new: the cycle year (four digits) the id is made with. */
  cycle?: string | undefined;
}

export interface SubmitEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  /** The repository root (the current directory under npm run). */
  root: string;
  /** True when the questions can be asked (a terminal, or scripted prompts in a test). */
  interactive: boolean;
  /** Reads the draft: a path, or '-' for standard input. */
  readDraft: (from: string) => Promise<string>;
  readRepository: (root: string) => Promise<SourceFile[]>;
  createClient: (settings: GitHubSettings, options: GitHubClientOptions) => GitHubClient;
  /** Local mode (no GITHUB_TOKEN): the Git working tree at `root` the files are written into. */
  openLocalGit: (root: string) => LocalGit;
  /** Loaded only for an interactive run. */
  loadPrompts: () => Promise<Prompts>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What the runner prints for a coordinator who declined the YAML or pressed Ctrl+C (exit 1). */
const CANCELLED = 'Cancelled: nothing was sent to GitHub.';

function describePlan(plan: SubmitPlan): string {
  return [
    `Dry run: nothing was sent to GitHub. This would ${plan.amend ? 'propose a change to' : 'add'} ${plan.path}`,
    `  branch:    ${plan.branch} (from the default branch)`,
    `  commit:    ${plan.commitMessage}`,
    `  title:     ${plan.title}`,
    `  labels:    ${plan.labels.join(', ')}`,
    `  reviewers: ${plan.reviewers.length > 0 ? plan.reviewers.join(', ') : '(no coordinator has a GitHub account in program.yaml)'}`,
    '',
    `--- ${plan.path}`,
    plan.content.trimEnd(),
    '--- pull request description',
    plan.body.trimEnd(),
    '',
  ].join('\n');
}

const OUTCOME_WORDS = { created: 'Opened', updated: 'Updated', unchanged: 'Already up to date:' } as const;

async function readDraftInteractively(kind: RecordKind, io: SubmitEnvironment, files: SourceFile[], options: SubmitOptions) {
  const prompts = await io.loadPrompts();
  // The lists to choose from are the records that pass their schemas; files with problems are left out.
  const { repository } = validateFiles(files, { today: options.today });
  const context = { repository, today: options.today, prompts, show: (text: string) => io.stdout(`\n${text}\n`), amend: options.amend };
  if (kind === 'contract') return askContractDraft(context);
  return askPairingDraft({ ...context, ...(options.cycle ? { cycle: options.cycle } : {}) });
}

/** What the prompt library throws when the coordinator presses Ctrl+C. */
const isPromptExit = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';

export async function submitRecord(kind: RecordKind, options: SubmitOptions, io: SubmitEnvironment): Promise<number> {
  let token = '';
  // Belt and braces: whatever is printed, the token is not (the runner prints the errors: their messages are scrubbed too).
  const scrub = (text: string) => (token ? text.split(token).join('***') : text);
  const out = (text: string) => io.stdout(scrub(text));
  const err = (text: string) => io.stderr(scrub(text));
  try {
    let settings: GitHubSettings | undefined;
    let local: LocalGit | undefined;
    if (!options.dryRun && !usesLocalMode(io.env)) {
      settings = readGitHubSettings(io.env, { repo: options.repo, apiUrl: options.apiUrl });
      token = settings.token;
    } else if (!options.dryRun) {
      local = io.openLocalGit(io.root);
    }
    if (options.from === undefined && !io.interactive) {
      throw new UsageError(
        'Give the draft with --from draft.yaml (or --from - for standard input): there is no terminal to ask the questions on.',
      );
    }
    const files = await io.readRepository(io.root).catch((error: unknown) => {
      throw new CommandError(
        `Could not read the repository's content/ folder in ${io.root} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      );
    });

    const client = settings ? io.createClient(settings, clientOptions(io, err)) : undefined;
    // Refused before the questions, not after the coordinator has typed a whole record (asked once: the submit reuses it).
    if (client && settings && options.from === undefined) await assertPrivateRepository(client, settings.repo);

    let draftText: string;
    let draftPath: string | undefined;
    let id = options.id;
    if (options.from !== undefined) {
      const from = options.from;
      draftText = await io.readDraft(from).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CommandError(
          `Cannot read the draft ${from === '-' ? 'from standard input' : from}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}.`,
        );
      });
      draftPath = from === '-' ? '<stdin>' : from;
    } else {
      const answered = await readDraftInteractively(kind, io, files, options);
      if (!answered) throw new InvalidDataError(CANCELLED);
      draftText = answered.draftText;
      if ('id' in answered && typeof answered.id === 'string') id = answered.id;
    }

    const input = {
      files,
      draftText,
      ...(draftPath !== undefined ? { draftPath } : {}),
      today: options.today,
      amend: options.amend,
      dryRun: options.dryRun,
      ...(client && settings ? { client, repo: settings.repo } : {}),
      ...(local ? { local } : {}),
    };
    const result: SubmitResult =
      kind === 'contract'
        ? await submitContractDraft(input)
        : await submitPairingDraft({
            ...input,
            ...(id !== undefined ? { id } : {}),
            ...(options.cycle !== undefined ? { cycle: options.cycle } : {}),
          });
    return reportSubmitResult(result, out, err);
  } catch (error) {
    if (isPromptExit(error)) throw new InvalidDataError(CANCELLED);
    if (token && error instanceof Error) error.message = scrub(error.message);
    throw error;
  }
}

function clientOptions(io: SubmitEnvironment, err: (text: string) => void): GitHubClientOptions {
  return { onNotice: (message) => err(`${message}\n`), ...delayScaleFrom(io.env) };
}

/**
 * Prints a submit result as contract:new does and gives its exit code (npm run
 * record shares it); an invalid draft or a record already on file is an
 * InvalidDataError for the runner to print (exit 1), after the diagnostics.
 */
export function reportSubmitResult(result: SubmitResult, out: (text: string) => void, err: (text: string) => void): number {
  switch (result.status) {
    case 'invalid':
      // The same lines as npm run validate, on the same stream.
      out(formatText(result.diagnostics));
      throw new InvalidDataError('The draft is invalid: nothing was sent to GitHub.');
    case 'exists':
      if (result.diagnostics.length > 0) err(formatText(result.diagnostics));
      throw new InvalidDataError(result.message);
    case 'dry-run':
      if (result.diagnostics.length > 0) err(formatText(result.diagnostics));
      out(describePlan(result.plan));
      return 0;
    case 'opened':
      if (result.diagnostics.length > 0) err(formatText(result.diagnostics));
      for (const warning of result.warnings) err(`Warning: ${warning}\n`);
      out(`${OUTCOME_WORDS[result.outcome]} pull request #${result.number} for ${result.plan.path} on branch ${result.plan.branch}.\n`);
      out(`${result.url}\n`);
      return 0;
    case 'written':
      if (result.diagnostics.length > 0) err(formatText(result.diagnostics));
      out(localChangeReport(result.local));
      return 0;
  }
}
