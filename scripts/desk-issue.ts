/**
 * Keeps the one open GitHub issue labelled `desk` up to date with the
 * coordinator's desk (run weekly by .github/workflows/desk.yml): edits it
 * when it exists, creates it once when it does not.
 *
 *   GITHUB_TOKEN=... GITHUB_REPOSITORY=owner/name npm exec tsx scripts/desk-issue.ts -- [--today YYYY-MM-DD]
 *
 * Exit 0 done, 1 bad option or settings, 2 GitHub or the repository could not be reached.
 * Prints the issue's number and URL only: the desk names pairing ids, and CI logs stay free of them.
 */
import { parseArgs } from 'node:util';
import { buildDesk, filesWithErrors } from '../src/lib/desk/build-desk.ts';
import { formatDeskMarkdown } from '../src/lib/desk/format.ts';
import { createGitHubClient, GitHubError, readGitHubSettings } from '../src/lib/github/index.ts';
import { upsertLabelledIssue } from '../src/lib/github/upsert-labelled-issue.ts';
import { isUsageMistake, todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { validateFiles } from '../src/lib/validate/index.ts';

const DESK_LABEL = 'desk';
const DESK_TITLE = "Coordinator's desk";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { today: { type: 'string' }, repo: { type: 'string' }, 'api-url': { type: 'string' } } });
  const today = todayOption(values.today);
  const settings = readGitHubSettings(process.env, { repo: values.repo, apiUrl: values['api-url'] });
  const { repository, diagnostics } = validateFiles(await readRepositoryFiles(process.cwd()), { today });
  // Files with errors are listed in the issue (not the log), so that the items they would give are not silently missing.
  // Each item links to the prefilled action form on this repository (GITHUB_SERVER_URL is set by Actions; github.com otherwise).
  const issueForms = { serverUrl: process.env['GITHUB_SERVER_URL'] || 'https://github.com', repository: `${settings.repo.owner}/${settings.repo.name}` };
  const body = formatDeskMarkdown(buildDesk(repository, today, filesWithErrors(diagnostics)), issueForms);
  const client = createGitHubClient(settings, { onNotice: (message) => console.error(`desk-issue: ${message}`) });
  const result = await upsertLabelledIssue(client, settings.repo, { label: DESK_LABEL, title: DESK_TITLE, body });
  console.log(`desk-issue: issue #${result.number} ${result.outcome}: ${result.url}`);
  if (result.closedDuplicates.length > 0) console.log(`desk-issue: closed duplicate desk issues ${result.closedDuplicates.map((n) => `#${n}`).join(', ')}`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  if (isUsageMistake(error) || (error instanceof GitHubError && error.kind === 'config')) {
    console.error(`desk-issue: ${(error as Error).message}`);
    return 1;
  }
  console.error(`desk-issue: ${error instanceof GitHubError ? error.message : `could not run (${error instanceof Error ? error.message : String(error)})`}`);
  return 2;
});
