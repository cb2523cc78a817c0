/**
 * Lists the contracts and pairings kept longer than their program's
 * `retentionDays` after the relationship ended; with --open-pr, opens one pull
 * request that deletes them and adds their anonymous counts to
 * content/stats/<program>.yaml (without GITHUB_TOKEN: the same change in the
 * working tree, src/lib/publish/).
 *
 * Exit 0 done (nothing past retention included), 1 the change would make the repository invalid;
 * 2 bad option or settings, or the repository or GitHub could not be reached.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { InvalidDataError } from '../src/lib/cli/errors.ts';
import type { Diagnostic } from '../src/lib/diagnostics.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { LocalChangeError } from '../src/lib/publish/local-git.ts';
import { todayOption } from '../src/lib/lifecycle/cli-options.ts';
import type { SourceFile } from '../src/lib/repository/read-files.ts';
import { errorLine, printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const decoder = new TextDecoder();
const key = (d: Diagnostic): string => `${d.file}\0${d.rule}\0${d.message}`;

/** The files as they would be after the change. */
function applyChange(files: readonly SourceFile[], changes: Record<string, string | null>): SourceFile[] {
  const kept = files.filter((file) => !(file.path in changes));
  for (const [path, text] of Object.entries(changes)) if (text !== null) kept.push({ path, bytes: new TextEncoder().encode(text) });
  return kept;
}

const args = {
  options: { today: { type: 'string' }, 'open-pr': { type: 'boolean' }, repo: { type: 'string' }, 'api-url': { type: 'string' } },
} as const;

async function run({ values }: ParsedArgs<typeof args>): Promise<number> {
  const today = todayOption(values.today);
  // The validator is loaded here, not with the script: `--help` and a usage mistake do not pay for it.
  const [{ formatText }, { readRepositoryFiles }, { validateFiles }, { findPastRetention }, { unmatchedApplications }] = await Promise.all([
    import('../src/lib/diagnostics.ts'),
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/validate/index.ts'),
    import('../src/lib/retention/past-retention.ts'),
    import('../src/lib/retention/unmatched-applications.ts'),
  ]);
  const files = await readRepositoryFiles(process.cwd());
  const before = validateFiles(files, { today });
  const report = findPastRetention(before.repository, today);

  for (const unknown of report.unknownEnd) {
    errorLine(
      `retention: ${unknown.file} has ended but says neither when (a dated history entry) nor has a contract to tell; record the end with npm run pairing:status.`,
    );
  }
  // Applications no pairing came from, kept past the end of their cycle plus retentionDays.
  const applications = unmatchedApplications(before.repository, today).filter((item) => item.keepUntil < today);
  if (report.past.length === 0 && applications.length === 0) {
    printLine(`retention: nothing is kept past its program's retention period on ${today}.`);
    return 0;
  }
  if (report.past.length > 0)
    printLine(`retention: ${report.past.length} relationship${report.past.length === 1 ? '' : 's'} past retention on ${today}:`);
  for (const item of report.past) {
    printLine(
      `  ${item.program}/${item.pairingId} (${item.outcome}, ended ${item.endedOn}, keep until ${item.keepUntil}): ${item.files.join(', ')}`,
    );
  }
  if (applications.length > 0)
    printLine(`retention: ${applications.length} unmatched application${applications.length === 1 ? '' : 's'} past retention on ${today}:`);
  for (const item of applications)
    printLine(`  ${item.program}/${item.application} (cycle ended ${item.cycleEnds}, keep until ${item.keepUntil}): ${item.file}`);
  if (!values['open-pr']) {
    printLine('retention: run again with --open-pr to open the pull request that removes them.');
    return 0;
  }

  const [
    { retentionChange },
    { statsFilePath },
    { programReviewers },
    { scriptChangeTarget },
    { publishRecordChange },
    { localChangeReport },
  ] = await Promise.all([
    import('../src/lib/retention/retention-change.ts'),
    import('../src/lib/retention/stats-file.ts'),
    import('../src/lib/submit/pull-request-text.ts'),
    import('./cli/change-target.ts'),
    import('../src/lib/publish/publish-change.ts'),
    import('../src/lib/publish/local-report.ts'),
  ]);
  const texts = new Map(files.map((file) => [file.path, decoder.decode(file.bytes)]));
  const change = retentionChange(report.past, today, (program) => texts.get(statsFilePath(program)), applications);
  // Refuse a change that would break the repository (for example a removed pairing another one still names).
  const known = new Set(before.diagnostics.map(key));
  const after = validateFiles(applyChange(files, change.files), { today });
  const introduced = after.diagnostics.filter((d) => d.severity === 'error' && !known.has(key(d)));
  if (introduced.length > 0) {
    process.stderr.write(formatText(introduced));
    throw new InvalidDataError('removing these files would leave the errors above; no pull request was opened.');
  }

  const target = scriptChangeTarget('retention', { repo: values.repo, apiUrl: values['api-url'] });
  const reviewers = [
    ...new Set(
      [...report.past, ...applications].flatMap((item) => {
        const program = before.repository.programs.get(item.program)?.data;
        return program ? programReviewers(program) : [];
      }),
    ),
  ];
  const result = await publishRecordChange(target, {
    branch: change.branch,
    files: change.files,
    commitMessage: change.message,
    title: change.title,
    body: change.body,
    labels: ['retention', ...new Set([...report.past, ...applications].map((item) => `program:${item.program}`))],
    reviewers,
  });
  if (result.kind === 'local') {
    process.stdout.write(localChangeReport(result));
    return 0;
  }
  for (const warning of result.warnings) errorLine(`retention: ${warning}`);
  printLine(`retention: pull request #${result.number} ${result.outcome}: ${result.url}`);
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'retention',
  usage: 'npm run retention -- [--today YYYY-MM-DD] [--open-pr] [--repo owner/name] [--api-url URL]',
  description: `
Lists the contracts and pairings kept longer than their program's retentionDays
after the relationship ended, and the applications no pairing came from once
their cycle ended. With --open-pr, opens one pull request that deletes them and
adds the relationships' anonymous counts to content/stats/<program>.yaml
(with GITHUB_TOKEN and GITHUB_REPOSITORY, or --repo). Without GITHUB_TOKEN, local
mode makes the same change in the working tree (on branch tandem/retention when
the tree is clean) and prints the git commands that push it.

Exit 0 done, 1 the change would make the repository invalid, 2 bad option or
settings, or the repository or GitHub could not be reached.`,
  args,
  known: (error) => (error instanceof GitHubError || error instanceof LocalChangeError ? 2 : undefined),
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
