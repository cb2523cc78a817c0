/**
 * `contract:new` and `pairing:new`: arguments in, exit code out. Every effect
 * (files, standard streams, the GitHub client, the prompts) is passed in, so
 * the scripts stay a few lines and tests can run the whole command in-process.
 *
 * Without GITHUB_TOKEN the command works in local mode: the same files are
 * written into the working tree (src/lib/publish/) for the coordinator to push.
 *
 * Exit codes: 0 pull request opened (or found), files written locally, or dry run planned;
 * 1 the draft is invalid, the record exists already, or the coordinator
 * cancelled; 2 the command could not run (usage, settings, GitHub).
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../cli/errors.ts';
import { formatText } from '../diagnostics.ts';
import { delayScaleFrom } from '../github/client.ts';
import {
  assertPrivateRepository,
  GitHubError,
  readGitHubSettings,
  type GitHubClient,
  type GitHubClientOptions,
  type GitHubSettings,
} from '../github/index.ts';
import { usesLocalMode } from '../github/settings.ts';
import { LocalChangeError, type LocalGit } from '../publish/local-git.ts';
import { localChangeReport } from '../publish/local-report.ts';
import { askContractDraft, FlowError } from '../prompts/contract-flow.ts';
import { askPairingDraft } from '../prompts/pairing-flow.ts';
import type { Prompts } from '../prompts/prompts.ts';
import { isIsoDate } from '../dates.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { validateFiles } from '../validate/index.ts';
import type { RecordKind } from './record-location.ts';
import { submitContractDraft, submitPairingDraft, type SubmitPlan, type SubmitResult } from './submit-draft.ts';

export interface CommandEnvironment {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The repository root (the current directory under npm run). */
  root: string;
  stdinIsTTY: boolean;
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
  /** The real date, YYYY-MM-DD, when --today is not given. */
  today: () => string;
}

const USAGE: Record<RecordKind, string> = {
  contract:
    'Usage: npm run contract:new -- [--from draft.yaml | --from -] [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]\n' +
    'Without --from, on a terminal, the contract is asked for field by field. Without GITHUB_TOKEN, the file is written into the working tree for you to push with Git.',
  pairing:
    'Usage: npm run pairing:new -- [--from draft.yaml | --from -] [--id 2026-lee-okafor | --cycle 2026] [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]\n' +
    'Without --from, on a terminal, the pairing is asked for field by field. Without GITHUB_TOKEN, the file is written into the working tree for you to push with Git.',
};

export { DELAY_SCALE_VARIABLE } from '../github/client.ts';

function parseOptions(kind: RecordKind, argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        amend: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        repo: { type: 'string' },
        'api-url': { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...(kind === 'pairing' ? { id: { type: 'string' as const }, cycle: { type: 'string' as const } } : {}),
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE[kind]}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  const today = text('today');
  if (today !== undefined && !isIsoDate(today)) throw new UsageError(`--today must be a real date written YYYY-MM-DD, not "${today}".`);
  const cycle = text('cycle');
  if (cycle !== undefined && !/^[0-9]{4}$/.test(cycle)) throw new UsageError(`--cycle must be a year such as 2026, not "${cycle}".`);
  return {
    from: text('from'),
    amend: values['amend'] === true,
    dryRun: values['dry-run'] === true,
    repo: text('repo'),
    apiUrl: text('api-url'),
    today,
    help: values['help'] === true,
    id: text('id'),
    cycle,
  };
}

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

async function readDraftInteractively(
  kind: RecordKind,
  io: CommandEnvironment,
  files: SourceFile[],
  today: string,
  options: ReturnType<typeof parseOptions>,
) {
  const prompts = await io.loadPrompts();
  // The lists to choose from are the records that pass their schemas; files with problems are left out.
  const { repository } = validateFiles(files, { today });
  const context = { repository, today, prompts, show: (text: string) => io.stdout(`\n${text}\n`), amend: options.amend };
  if (kind === 'contract') return askContractDraft(context);
  return askPairingDraft({ ...context, ...(options.cycle ? { cycle: options.cycle } : {}) });
}

/** What the prompt library throws when the coordinator presses Ctrl+C. */
const isPromptExit = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';

export async function runSubmitCommand(kind: RecordKind, io: CommandEnvironment): Promise<number> {
  let token = '';
  // Belt and braces: whatever is printed, the token is not.
  const scrub = (text: string) => (token ? text.split(token).join('***') : text);
  const out = (text: string) => io.stdout(scrub(text));
  const err = (text: string) => io.stderr(scrub(text));
  try {
    const options = parseOptions(kind, io.argv);
    if (options.help) {
      out(`${USAGE[kind]}\n`);
      return 0;
    }
    const today = options.today ?? io.today();
    let settings: GitHubSettings | undefined;
    let local: LocalGit | undefined;
    if (!options.dryRun && !usesLocalMode(io.env)) {
      settings = readGitHubSettings(io.env, { repo: options.repo, apiUrl: options.apiUrl });
      token = settings.token;
    } else if (!options.dryRun) {
      local = io.openLocalGit(io.root);
    }
    if (options.from === undefined && !io.stdinIsTTY) {
      throw new UsageError(
        `Give the draft with --from draft.yaml (or --from - for standard input): there is no terminal to ask the questions on.\n${USAGE[kind]}`,
      );
    }
    const files = await io.readRepository(io.root).catch((error: unknown) => {
      throw new UsageError(
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
        throw new UsageError(
          `Cannot read the draft ${from === '-' ? 'from standard input' : from}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}.`,
        );
      });
      draftPath = from === '-' ? '<stdin>' : from;
    } else {
      const answered = await readDraftInteractively(kind, io, files, today, options);
      if (!answered) {
        err('Cancelled: nothing was sent to GitHub.\n');
        return 1;
      }
      draftText = answered.draftText;
      if ('id' in answered && typeof answered.id === 'string') id = answered.id;
    }

    const input = {
      files,
      draftText,
      ...(draftPath !== undefined ? { draftPath } : {}),
      today,
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
    if (error instanceof UsageError || error instanceof GitHubError || error instanceof FlowError || error instanceof LocalChangeError) {
      err(`${error.message}\n`);
      return 2;
    }
    if (isPromptExit(error)) {
      err('Cancelled: nothing was sent to GitHub.\n');
      return 1;
    }
    err(
      `Unexpected failure (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}). Nothing was overwritten; please report this.\n`,
    );
    return 2;
  }
}

function clientOptions(io: CommandEnvironment, err: (text: string) => void): GitHubClientOptions {
  return { onNotice: (message) => err(`${message}\n`), ...delayScaleFrom(io.env) };
}

/** Prints a submit result as contract:new does, and gives its exit code (npm run record shares it). */
export function reportSubmitResult(result: SubmitResult, out: (text: string) => void, err: (text: string) => void): number {
  switch (result.status) {
    case 'invalid':
      // The same lines as npm run validate, on the same stream.
      out(formatText(result.diagnostics));
      err('The draft is invalid: nothing was sent to GitHub.\n');
      return 1;
    case 'exists':
      if (result.diagnostics.length > 0) err(formatText(result.diagnostics));
      err(`${result.message}\n`);
      return 1;
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
