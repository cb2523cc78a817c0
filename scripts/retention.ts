/**
 * Lists the contracts and pairings kept longer than their program's
 * `retentionDays` after the relationship ended; with --open-pr, opens one pull
 * request that deletes them and adds their anonymous counts to
 * content/stats/<program>.yaml.
 *
 *   npm run retention -- [--today YYYY-MM-DD] [--open-pr] [--repo owner/name] [--api-url URL]
 *
 * Exit 0 done (nothing past retention included), 1 bad option or settings, or the change would
 * make the repository invalid; 2 the repository or GitHub could not be reached.
 */
import { parseArgs } from 'node:util';
import { formatText, type Diagnostic } from '../src/lib/diagnostics.ts';
import { createGitHubClient, GitHubError, openRecordPullRequest, readGitHubSettings } from '../src/lib/github/index.ts';
import { isUsageMistake, todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { readRepositoryFiles, type SourceFile } from '../src/lib/repository/read-files.ts';
import { findPastRetention } from '../src/lib/retention/past-retention.ts';
import { retentionChange } from '../src/lib/retention/retention-change.ts';
import { statsFilePath } from '../src/lib/retention/stats-file.ts';
import { programReviewers } from '../src/lib/submit/pull-request-text.ts';
import { validateFiles } from '../src/lib/validate/index.ts';

const decoder = new TextDecoder();
const key = (d: Diagnostic): string => `${d.file}\0${d.rule}\0${d.message}`;

/** The files as they would be after the change. */
function applyChange(files: readonly SourceFile[], changes: Record<string, string | null>): SourceFile[] {
  const kept = files.filter((file) => !(file.path in changes));
  for (const [path, text] of Object.entries(changes)) if (text !== null) kept.push({ path, bytes: new TextEncoder().encode(text) });
  return kept;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { today: { type: 'string' }, 'open-pr': { type: 'boolean' }, repo: { type: 'string' }, 'api-url': { type: 'string' } } });
  const today = todayOption(values.today);
  const files = await readRepositoryFiles(process.cwd());
  const before = validateFiles(files, { today });
  const report = findPastRetention(before.repository, today);

  for (const unknown of report.unknownEnd) {
    console.error(`retention: ${unknown.file} has ended but says neither when (a dated history entry) nor has a contract to tell; record the end with npm run pairing:status.`);
  }
  if (report.past.length === 0) {
    console.log(`retention: nothing is kept past its program's retention period on ${today}.`);
    return 0;
  }
  console.log(`retention: ${report.past.length} relationship${report.past.length === 1 ? '' : 's'} past retention on ${today}:`);
  for (const item of report.past) {
    console.log(`  ${item.program}/${item.pairingId} (${item.outcome}, ended ${item.endedOn}, keep until ${item.keepUntil}): ${item.files.join(', ')}`);
  }
  if (!values['open-pr']) {
    console.log('retention: run again with --open-pr to open the pull request that removes them.');
    return 0;
  }

  const texts = new Map(files.map((file) => [file.path, decoder.decode(file.bytes)]));
  const change = retentionChange(report.past, today, (program) => texts.get(statsFilePath(program)));
  // Refuse a change that would break the repository (for example a removed pairing another one still names).
  const known = new Set(before.diagnostics.map(key));
  const after = validateFiles(applyChange(files, change.files), { today });
  const introduced = after.diagnostics.filter((d) => d.severity === 'error' && !known.has(key(d)));
  if (introduced.length > 0) {
    console.error(formatText(introduced));
    console.error('retention: removing these files would leave the errors above; no pull request was opened.');
    return 1;
  }

  const settings = readGitHubSettings(process.env, { repo: values.repo, apiUrl: values['api-url'] });
  const client = createGitHubClient(settings, { onNotice: (message) => console.error(`retention: ${message}`) });
  const reviewers = [...new Set(report.past.flatMap((item) => {
    const program = before.repository.programs.get(item.program)?.data;
    return program ? programReviewers(program) : [];
  }))];
  const result = await openRecordPullRequest(client, settings.repo, {
    branch: change.branch,
    files: change.files,
    commitMessage: change.message,
    title: change.title,
    body: change.body,
    labels: ['retention', ...new Set(report.past.map((item) => `program:${item.program}`))],
    reviewers,
  });
  for (const warning of result.warnings) console.error(`retention: ${warning}`);
  console.log(`retention: pull request #${result.number} ${result.outcome}: ${result.url}`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  const usage = isUsageMistake(error) || (error instanceof GitHubError && error.kind === 'config');
  console.error(`retention: ${usage || error instanceof GitHubError ? (error).message : `could not run (${error instanceof Error ? error.message : String(error)})`}`);
  return usage ? 1 : 2;
});
