/**
 * Validates an application and opens its pull request (src/lib/applications/submit-application.ts);
 * without --from, on a terminal, asks for it field by field (@inquirer/prompts).
 * Exit 0 opened or planned, 1 invalid, already on file or cancelled, 2 could not run or bad usage.
 *
 * Usage and options: `command` below (`--help`), the script's one usage text.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { InvalidDataError, UsageError } from '../src/lib/cli/errors.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { LocalChangeError } from '../src/lib/publish/local-git.ts';
import { todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { FlowError } from '../src/lib/prompts/flow-error.ts';
import type { Prompts } from '../src/lib/prompts/prompts.ts';
import { SUBMIT_OPTIONS } from './cli/submit-options.ts';
import { runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const args = { options: SUBMIT_OPTIONS } as const;

/** `testPrompts`: scripted answers in tests; a real run loads @inquirer/prompts. */
async function run({ values }: ParsedArgs<typeof args>, testPrompts?: Prompts): Promise<number> {
  const out = (line: string) => process.stdout.write(line);
  const today = todayOption(values.today);
  // The validator, the prompts and GitHub are loaded here, not with the script: `--help` needs none of them.
  const [
    { formatText },
    { submitApplicationDraft },
    { assertPrivateRepository },
    { localChangeReport },
    { askApplicationDraft },
    { readRepositoryFiles },
    { validateFiles },
    { scriptChangeTarget },
  ] = await Promise.all([
    import('../src/lib/diagnostics.ts'),
    import('../src/lib/applications/submit-application.ts'),
    import('../src/lib/github/private-repository.ts'),
    import('../src/lib/publish/local-report.ts'),
    import('../src/lib/prompts/application-flow.ts'),
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/validate/index.ts'),
    import('./cli/change-target.ts'),
  ]);
  const target = values['dry-run'] ? undefined : scriptChangeTarget('application:new', { repo: values.repo, apiUrl: values['api-url'] });
  const files = await readRepositoryFiles(process.cwd());
  // Refused before the questions, not after the applicant's answers are typed (asked once: the submit reuses it).
  if (target?.kind === 'github' && values.from === undefined) await assertPrivateRepository(target.client, target.repo);
  let draftText: string;
  if (values.from !== undefined) {
    const from = values.from;
    draftText = await (from === '-' ? text(process.stdin) : readFile(from, 'utf8')).catch(() => {
      throw new UsageError(`Cannot read the application ${from === '-' ? 'from standard input' : from}.`);
    });
  } else {
    if (!testPrompts && !process.stdin.isTTY)
      throw new UsageError('Give the application with --from file.yaml: there is no terminal to ask on.');
    try {
      const asked = await askApplicationDraft({
        repository: validateFiles(files, { today }).repository,
        today,
        prompts: testPrompts ?? (await import('@inquirer/prompts')),
        show: (yaml) => out(`\n${yaml}\n`),
      });
      if (!asked) throw new InvalidDataError('cancelled: nothing was sent to GitHub.');
      draftText = asked.draftText;
    } catch (error) {
      if (error instanceof FlowError) throw new InvalidDataError(error.message);
      if (error instanceof Error && error.name === 'ExitPromptError') throw new InvalidDataError('cancelled: nothing was sent to GitHub.');
      throw error;
    }
  }
  const result = await submitApplicationDraft({
    files,
    draftText,
    ...(values.from !== undefined ? { draftPath: values.from === '-' ? '<stdin>' : values.from } : {}),
    today,
    dryRun: values['dry-run'] ?? false,
    ...(target?.kind === 'github' ? { client: target.client, repo: target.repo } : {}),
    ...(target?.kind === 'local' ? { local: target.git } : {}),
  });
  switch (result.status) {
    case 'invalid':
      out(formatText(result.diagnostics));
      throw new InvalidDataError('the application is invalid: nothing was sent to GitHub.');
    case 'exists':
      throw new InvalidDataError(result.message);
    case 'dry-run':
      out(
        `Dry run: nothing was sent or written. This would add ${result.plan.path}\n  branch: ${result.plan.branch}\n  title:  ${result.plan.title}\n\n--- ${result.plan.path}\n${result.plan.content}`,
      );
      return 0;
    case 'opened':
      out(
        `${result.outcome === 'created' ? 'Opened' : result.outcome === 'updated' ? 'Updated' : 'Already up to date:'} pull request #${result.number}\n${result.url}\n`,
      );
      return 0;
    case 'written':
      out(localChangeReport(result.local));
      return 0;
  }
}

const command = (prompts?: Prompts): Command<typeof args> => ({
  name: 'application:new',
  usage:
    'npm run application:new -- [--from application.yaml | --from -] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]',
  description: `
Validates an application with the whole repository and opens its pull request
(content/applications/<program>/<cycle>/<cycle>-<surname>.yaml). Without --from, on a
terminal, the application is asked for field by field. An application already on file is
never overwritten; the branch and title carry an opaque token, not the applicant's name.
Without GITHUB_TOKEN, the file is written into the working tree (on a new branch when the
tree is clean) and the git commands that push it are printed.

Exit 0 opened or planned, 1 invalid, already on file or cancelled, 2 could not run.`,
  args,
  known: (error) =>
    error instanceof LocalChangeError && error.kind === 'exists'
      ? 1
      : error instanceof GitHubError || error instanceof LocalChangeError
        ? 2
        : undefined,
  run: (parsed) => run(parsed, prompts),
});

/** `prompts` is for tests (scripted answers). */
export function main(argv: string[], prompts?: Prompts): Promise<number> {
  return runCommand(command(prompts), argv);
}

if (import.meta.main) await runAsScript(main);
