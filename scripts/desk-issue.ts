/**
 * Keeps the one open GitHub issue labelled `desk` up to date with the
 * coordinator's desk (run weekly by .github/workflows/desk.yml): edits it
 * when it exists, creates it once when it does not.
 *
 * Exit 0 done, 2 bad option or settings, a repository that is not private, or GitHub or the repository could not be reached.
 * Prints the issue's number and URL only: the desk names pairing ids, and CI logs stay free of them.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { GitHubError } from '../src/lib/github/github-error.ts';
import { readGitHubSettings } from '../src/lib/github/settings.ts';
import { LedgerError } from '../src/lib/notices/ledger-error.ts';
import { todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { printLine, runAsScript, runCommand, type Command } from './cli/run.ts';

const DESK_LABEL = 'desk';
const DESK_TITLE = "Coordinator's desk";

const args = { options: { today: { type: 'string' }, repo: { type: 'string' }, 'api-url': { type: 'string' } } } as const;

const COMMAND: Command<typeof args> = {
  name: 'desk-issue',
  usage: 'node scripts/desk-issue.ts [--today YYYY-MM-DD] [--repo owner/name] [--api-url URL]',
  description: `
Keeps the one open GitHub issue labelled "desk" up to date with the
coordinator's desk: edits it when it exists, creates it once when it does not.
Keeps the notices ledger and the list of notices sent (npm run notices) below the desk.
Needs GITHUB_TOKEN and GITHUB_REPOSITORY (or --repo). Prints the issue's
number and URL only.

Exit 0 done, 2 bad option or settings, a public or internal repository (the desk
names pairings), or GitHub or the repository could not be reached.`,
  args,
  // An unreadable ledger stops the rewrite: dropping it would make the notices go out twice.
  known: (error) => (error instanceof GitHubError || error instanceof LedgerError ? 2 : undefined),
  async run({ values }) {
    const today = todayOption(values.today);
    const settings = readGitHubSettings(process.env, { repo: values.repo, apiUrl: values['api-url'] });
    // The validator, the desk and the GitHub calls are loaded here, not with the script: `--help` and bad settings need none of them.
    const [
      { buildDesk, filesWithErrors },
      { formatDeskMarkdown },
      { assertPrivateRepository, authenticatedLogin },
      { issuesWithLabel },
      { upsertLabelledIssue },
      { ledgerInBodies, renderNoticesBlock },
      { readRepositoryFiles },
      { validateFiles },
      { scriptGitHubClient },
    ] = await Promise.all([
      import('../src/lib/desk/build-desk.ts'),
      import('../src/lib/desk/format.ts'),
      import('../src/lib/github/index.ts'),
      import('../src/lib/github/labelled-issues.ts'),
      import('../src/lib/github/upsert-labelled-issue.ts'),
      import('../src/lib/notices/desk-block.ts'),
      import('../src/lib/repository/read-files.ts'),
      import('../src/lib/validate/index.ts'),
      import('./cli/github-client.ts'),
    ]);
    const { repository, diagnostics } = validateFiles(await readRepositoryFiles(process.cwd()), { today });
    // Files with errors are listed in the issue (not the log), so that the items they would give are not silently missing.
    // Each item links to the prefilled action form on this repository (GITHUB_SERVER_URL is set by Actions; github.com otherwise).
    const issueForms = {
      serverUrl: process.env['GITHUB_SERVER_URL'] || 'https://github.com',
      repository: `${settings.repo.owner}/${settings.repo.name}`,
    };
    const desk = formatDeskMarkdown(buildDesk(repository, today, filesWithErrors(diagnostics)), issueForms);
    const client = scriptGitHubClient(settings, 'desk-issue');
    // The desk names pairings: refused (exit 2) before anything is read or written when others can read the repository.
    await assertPrivateRepository(client, settings.repo);
    // The notices ledger lives in the desk issue (scripts/notices.ts --ledger github): carry it over, and show what was sent.
    const ledger = ledgerInBodies(
      (await issuesWithLabel(client, settings.repo, DESK_LABEL, await authenticatedLogin(client, settings.repo))).map(
        (issue) => issue.body,
      ),
    );
    const sendsNotices = [...repository.programs.values()].some(({ data }) => data.notices);
    const body = sendsNotices || ledger.size > 0 ? `${desk}\n${renderNoticesBlock(ledger, today)}` : desk;
    const result = await upsertLabelledIssue(client, settings.repo, { label: DESK_LABEL, title: DESK_TITLE, body });
    printLine(`desk-issue: issue #${result.number} ${result.outcome}: ${result.url}`);
    if (result.closedDuplicates.length > 0)
      printLine(`desk-issue: closed duplicate desk issues ${result.closedDuplicates.map((n) => `#${n}`).join(', ')}`);
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
