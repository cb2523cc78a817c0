/**
 * The coordinator's record actions, as the action issue forms offer them:
 * the same answers, the same pairing file (src/lib/issue-forms/actions/), the
 * same validation and the same pull request as pairing:new --amend. Without
 * GITHUB_TOKEN, local mode writes the changed file into the working tree.
 * Exit 0 done, 1 the pairing would be invalid (a future date, a step already
 * recorded), 2 bad usage (an unknown pairing, step or role, hours not a
 * number) or could not run.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { InvalidDataError } from '../src/lib/cli/errors.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { RECORD_VERBS } from '../src/lib/issue-forms/actions/record-verbs.ts';
import { todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { LocalChangeError } from '../src/lib/publish/local-git.ts';
import { runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const args = {
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    role: { type: 'string' },
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
  // The validator and the pairing editor are loaded here, not with the script: `--help` and a usage mistake need neither.
  const [
    { formatText },
    { recordRequest },
    { actionDraft },
    { programsOf },
    { readRepositoryFiles },
    { reportSubmitResult },
    { submitPairingDraft },
  ] = await Promise.all([
    import('../src/lib/diagnostics.ts'),
    import('../src/lib/issue-forms/actions/command-line.ts'),
    import('../src/lib/issue-forms/actions/draft.ts'),
    import('../src/lib/issue-forms/generated-files.ts'),
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/submit/command.ts'),
    import('../src/lib/submit/submit-draft.ts'),
  ]);
  const files = await readRepositoryFiles(process.cwd());
  const { programs } = programsOf(files);
  const request = recordRequest(
    { program: ref.program, pairing: ref.id, words: positionals.slice(1), date: values.date, role: values.role, today },
    programs,
    files,
  );
  const draft = actionDraft(request.action, request.program.id, request.answers, files);
  if (draft.status === 'problems') throw new InvalidDataError(`${draft.problems.join(' ')} Nothing was changed.`);
  const { scriptChangeTarget } = await import('./cli/change-target.ts');
  const target = values['dry-run'] ? undefined : scriptChangeTarget('record', { repo: values.repo, apiUrl: values['api-url'] });
  const result = await submitPairingDraft({
    files,
    draftText: draft.draftText,
    id: ref.id,
    amend: true,
    today,
    dryRun: values['dry-run'] ?? false,
    ...(target?.kind === 'github' ? { client: target.client, repo: target.repo } : {}),
    ...(target?.kind === 'local' ? { local: target.git } : {}),
  });
  if (result.status === 'invalid') {
    process.stderr.write(formatText(result.diagnostics));
    throw new InvalidDataError('with this record the pairing would be invalid (above); nothing was changed.');
  }
  return reportSubmitResult(
    result,
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}

const COMMAND: Command<typeof args> = {
  name: 'record',
  usage: `npm run record -- <program>/<pairing-id> ${RECORD_VERBS.join('|')} [<step-id>|<hours>|<evaluation-id>] [--role <role>] [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--dry-run] [--repo owner/name] [--api-url URL]`,
  description: `
Records what happened in a pairing, as the coordinator's action issue forms do,
and opens the pull request that changes its pairing file (npm run record -- ...):

  alao/2026-thistlewood-quillfeather step final-meeting          a step of the program done
  alcts/2026-inkwhistle-vellumsworth check-in                     a check-in with the pair
  alcts/2026-inkwhistle-vellumsworth hours 6                      the contact hours so far
  alcts/2026-inkwhistle-vellumsworth evaluation final-survey --role mentee
                                                                  an evaluation received

--date defaults to --today (the real date). The changed file is validated with
the whole repository first; an invalid one opens nothing. --dry-run prints it.
Without GITHUB_TOKEN (local mode) the file is written into the working tree, on
a new branch when the tree is clean, and the git commands that push it are printed.

Exit 0 done, 1 the pairing would be invalid (a future date, a step already
recorded), 2 bad usage (an unknown pairing, step, evaluation or role, hours
that are not a number) or could not run.`,
  args,
  known: (error) => (error instanceof GitHubError || error instanceof LocalChangeError ? 2 : undefined),
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
