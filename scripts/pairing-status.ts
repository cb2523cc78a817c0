/**
 * Records a change of a pairing's status (the changes allowed, and the fields
 * each needs: src/lib/lifecycle/transitions.ts) and opens the pull request for it.
 *
 * The changed file is validated with the whole repository before anything is sent; an invalid
 * change opens no pull request. --dry-run prints the changed file and opens nothing.
 * Exit 0 done, 1 the change is invalid (the lifecycle forbids it, or the changed file would not validate),
 * 2 bad option or settings, or the repository or GitHub could not be reached.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { readFile } from 'node:fs/promises';
import { InvalidDataError, UsageError } from '../src/lib/cli/errors.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { LocalChangeError } from '../src/lib/publish/local-git.ts';
import { choiceOption, dateOption, todayOption } from '../src/lib/lifecycle/cli-options.ts';
import type { PairingStatus, StatusChange } from '../src/lib/lifecycle/records.ts';
import { StatusChangeError } from '../src/lib/lifecycle/status-change-error.ts';
import { lifecycleInWords } from '../src/lib/lifecycle/transitions.ts';
import { optionChoices } from '../src/lib/prompts/schema-questions.ts';
import { errorLine, printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const USAGE =
  'npm run pairing:status -- <program>/<pairing-id> <status> --note "why" [--by coordinator] [--date YYYY-MM-DD] [--informed YYYY-MM-DD] [--new-pairing ID] [--notified YYYY-MM-DD] [--start YYYY-MM-DD] [--today YYYY-MM-DD] [--dry-run] [--repo owner/name] [--api-url URL]';

/** The allowed values of a field: its schema's anyOf of consts, in the schema's order. */
const optionValues = <Value extends string>(path: (string | number)[]): Value[] =>
  optionChoices<Value>('pairing', path).map((choice) => choice.value);
const STATUSES = optionValues<PairingStatus>(['status']);
const REQUESTERS = optionValues<StatusChange['requestedBy']>(['history', 0, 'requestedBy']);

const args = {
  allowPositionals: true,
  options: {
    note: { type: 'string' },
    by: { type: 'string' },
    date: { type: 'string' },
    informed: { type: 'string' },
    'new-pairing': { type: 'string' },
    notified: { type: 'string' },
    start: { type: 'string' },
    today: { type: 'string' },
    'dry-run': { type: 'boolean' },
    repo: { type: 'string' },
    'api-url': { type: 'string' },
  },
} as const;

async function run({ values, positionals }: ParsedArgs<typeof args>): Promise<number> {
  const today = todayOption(values.today);
  const { pairingRef } = await import('../src/lib/lifecycle/pairing-ref.ts');
  const ref = pairingRef(positionals[0]);
  if (positionals[1] === undefined) throw new UsageError(`Say the new status (${STATUSES.join(', ')}).`);
  if (positionals.length > 2) throw new UsageError('Too many arguments; put the note in --note "...".');
  const status = choiceOption('status', positionals[1], STATUSES, 'active');
  const note = values.note?.trim();
  if (!note) throw new UsageError('Say why in --note "..." (a sentence, no personal details beyond what the pair agreed to share).');
  const requestedBy = choiceOption('by', values.by, REQUESTERS, 'coordinator');
  const date = dateOption('date', values.date) ?? today;
  const informed = dateOption('informed', values.informed);
  const notifiedOption = dateOption('notified', values.notified);
  const startOption = dateOption('start', values.start);
  if ((notifiedOption || startOption) && status !== 'active')
    throw new UsageError('--notified and --start are for activation only (the new status active).');

  const path = `content/pairings/${ref.program}/${ref.id}.yaml`;
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`There is no pairing ${path}.`);
    throw error;
  });
  // The validator and the YAML editor are loaded here, not with the script: `--help` and a usage mistake do not pay for them.
  const [
    { readRepositoryFiles },
    { validateFiles },
    { applicationsOfPairing },
    { applyStatusChange },
    { defaultStart },
    { statusChangePullRequestText },
    { formatText },
  ] = await Promise.all([
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/validate/index.ts'),
    import('../src/lib/applications/link.ts'),
    import('../src/lib/lifecycle/status-change.ts'),
    import('../src/lib/lifecycle/activation.ts'),
    import('../src/lib/lifecycle/status-change-text.ts'),
    import('../src/lib/diagnostics.ts'),
  ]);
  const files = await readRepositoryFiles(process.cwd());
  const before = validateFiles(files, { today });
  const contract = before.repository.contracts.get(ref.key)?.data;
  const pairing = before.repository.pairings.get(ref.key)?.data;
  const program = before.repository.programs.get(ref.program)?.data;
  const notified = pairing?.notified ?? notifiedOption ?? date;
  const changed = applyStatusChange(text, {
    status,
    date,
    requestedBy,
    note,
    ...(informed ? { coordinatorInformed: informed } : {}),
    ...(values['new-pairing'] ? { newPairing: values['new-pairing'] } : {}),
    activeSince: contract?.start ?? pairing?.notified ?? date,
    ...(pairing ? { applications: applicationsOfPairing(before.repository, ref.program, pairing) } : {}),
    notified,
    start: startOption ?? defaultStart(program, pairing, notified),
  });

  const after = validateFiles(
    files.map((file) => (file.path === path ? { path, bytes: new TextEncoder().encode(changed.text) } : file)),
    { today, only: [path] },
  );
  if (!after.ok) {
    process.stderr.write(formatText(after.diagnostics));
    throw new InvalidDataError('the changed pairing would be invalid; no pull request was opened.');
  }
  const pull = statusChangePullRequestText({
    programId: ref.program,
    program,
    pairingId: ref.id,
    from: changed.from,
    to: status,
    date,
    requestedBy,
    note,
  });
  if (values['dry-run']) {
    printLine(`pairing:status: would open "${pull.title}" from branch ${pull.branch} with ${path}:\n`);
    process.stdout.write(changed.text);
    return 0;
  }

  const [{ scriptChangeTarget }, { publishRecordChange }, { localChangeReport }] = await Promise.all([
    import('./cli/change-target.ts'),
    import('../src/lib/publish/publish-change.ts'),
    import('../src/lib/publish/local-report.ts'),
  ]);
  const target = scriptChangeTarget('pairing:status', { repo: values.repo, apiUrl: values['api-url'] });
  const result = await publishRecordChange(target, { ...pull, files: { [path]: changed.text } });
  if (result.kind === 'local') {
    process.stdout.write(localChangeReport(result));
    return 0;
  }
  for (const warning of result.warnings) errorLine(`pairing:status: ${warning}`);
  printLine(`pairing:status: pull request #${result.number} ${result.outcome}: ${result.url}`);
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'pairing:status',
  usage: USAGE,
  description: `
Records a change of a pairing's status and opens the pull request for it.
A pairing ${lifecycleInWords()}.
The changed file is validated with the whole repository first; an invalid
change opens nothing.

  --note         why, in a sentence (required)
  --by           who asked: ${REQUESTERS.join(', ')} (default: coordinator)
  --date         the day the change took effect (default: --today)
  --informed     for ended-early: the day the coordinator was told
  --new-pairing  for reassigned: the pairing that replaces this one
  --notified     for active: the day the pair was told of its match (default: --date)
  --start        for active: the day the relationship starts (default: the start
                 of the pair's term or cohort, or the notice in a program without terms)
  --dry-run      print the changed file and open nothing

Without GITHUB_TOKEN (local mode) the changed file is written into the working
tree, on branch tandem/status-<token> when the tree is clean, and the git
commands that push it are printed.
  --repo, --api-url  the GitHub repository (default: GITHUB_REPOSITORY) and API

Exit 0 done, 1 the change is invalid, 2 bad option or settings, or the
repository or GitHub could not be reached.`,
  args,
  known: (error) =>
    error instanceof StatusChangeError ? 1 : error instanceof GitHubError || error instanceof LocalChangeError ? 2 : undefined,
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
