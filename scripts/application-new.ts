/**
 * npm run application:new -- [--from application.yaml | --from -] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]
 *
 * Validates an application and opens its pull request (src/lib/applications/submit-application.ts);
 * without --from, on a terminal, asks for it field by field (@inquirer/prompts).
 * Exit 0 opened or planned, 1 invalid / already on file / cancelled, 2 could not run or bad usage.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { submitApplicationDraft } from '../src/lib/applications/submit-application.ts';
import { formatText } from '../src/lib/diagnostics.ts';
import { createGitHubClient, GitHubError, readGitHubSettings } from '../src/lib/github/index.ts';
import { todayIso } from '../src/lib/lifecycle/dates.ts';
import { askApplicationDraft } from '../src/lib/prompts/application-flow.ts';
import { FlowError } from '../src/lib/prompts/contract-flow.ts';
import type { Prompts } from '../src/lib/prompts/prompts.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { validateFiles } from '../src/lib/validate/index.ts';

const USAGE = `Usage: npm run application:new -- [--from application.yaml | --from -] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]
Without --from, on a terminal, the application is asked for field by field.
Exit codes: 0 opened or planned, 1 invalid, already on file or cancelled, 2 could not run.
`;

class Usage extends Error {}

/** `prompts` is for tests (scripted answers); the command loads @inquirer/prompts itself. */
export async function main(argv: string[], prompts?: Prompts): Promise<number> {
  const out = (line: string) => process.stdout.write(line);
  const err = (line: string) => process.stderr.write(line);
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' }, 'dry-run': { type: 'boolean' }, repo: { type: 'string' }, 'api-url': { type: 'string' },
        today: { type: 'string' }, help: { type: 'boolean' },
      },
    });
    if (values.help) {
      out(USAGE);
      return 0;
    }
    const today = values.today ?? todayIso();
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(today)) throw new Usage(`--today must be a date written YYYY-MM-DD, not "${today}".`);
    const settings = values['dry-run'] ? undefined : readGitHubSettings(process.env, { repo: values.repo, apiUrl: values['api-url'] });
    const files = await readRepositoryFiles(process.cwd());
    let draftText: string;
    if (values.from !== undefined) {
      const from = values.from;
      draftText = await (from === '-' ? text(process.stdin) : readFile(from, 'utf8')).catch(() => {
        throw new Usage(`Cannot read the application ${from === '-' ? 'from standard input' : from}.`);
      });
    } else {
      if (!prompts && !process.stdin.isTTY) throw new Usage(`Give the application with --from file.yaml: there is no terminal to ask on.\n${USAGE}`);
      const asked = await askApplicationDraft({
        repository: validateFiles(files, { today }).repository,
        today,
        prompts: prompts ?? (await import('@inquirer/prompts')),
        show: (yaml) => out(`\n${yaml}\n`),
      });
      if (!asked) {
        err('Cancelled: nothing was sent to GitHub.\n');
        return 1;
      }
      draftText = asked.draftText;
    }
    const scale = Number(process.env['TANDEM_GITHUB_DELAY_SCALE']);
    const client = settings ? createGitHubClient(settings, { onNotice: (message) => err(`${message}\n`), ...(scale > 0 ? { delayScale: scale } : {}) }) : undefined;
    const result = await submitApplicationDraft({
      files,
      draftText,
      ...(values.from !== undefined ? { draftPath: values.from === '-' ? '<stdin>' : values.from } : {}),
      today,
      dryRun: values['dry-run'] ?? false,
      ...(client && settings ? { client, repo: settings.repo } : {}),
    });
    switch (result.status) {
      case 'invalid':
        out(formatText(result.diagnostics));
        err('The application is invalid: nothing was sent to GitHub.\n');
        return 1;
      case 'exists':
        err(`${result.message}\n`);
        return 1;
      case 'dry-run':
        out(`Dry run: nothing was sent. This would add ${result.plan.path}\n  branch: ${result.plan.branch}\n  title:  ${result.plan.title}\n`);
        return 0;
      case 'opened':
        out(`${result.outcome === 'created' ? 'Opened' : result.outcome === 'updated' ? 'Updated' : 'Already up to date:'} pull request #${result.number}\n${result.url}\n`);
        return 0;
    }
  } catch (error) {
    if (error instanceof Usage || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      err(`application:new: ${error.message}\n`);
      return 2;
    }
    if (error instanceof FlowError) {
      err(`application:new: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Error && error.name === 'ExitPromptError') {
      err('Cancelled: nothing was sent to GitHub.\n');
      return 1;
    }
    err(`application:new: ${error instanceof GitHubError ? error.message : `could not run (${error instanceof Error ? error.message : String(error)})`}\n`);
    return 2;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
