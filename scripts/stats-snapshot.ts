/**
 * Takes the month's statistics snapshot, the only statistics the site
 * publishes: each program's suppressed counts, none lower than in the
 * snapshot before (src/lib/stats/snapshot.ts), written to
 * content/programs/<program>/statistics.yaml. Run on the first of each month
 * by .github/workflows/statistics.yml, which opens the pull request.
 *
 * Exit 0 done (or this month's snapshot is already taken), 1 a pairing, program or stats file does not load
 * (nothing is written); 2 bad option or settings, or GitHub could not be reached.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidDataError } from '../src/lib/cli/errors.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { errorLine, printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const args = {
  options: { today: { type: 'string' }, 'open-pr': { type: 'boolean' }, repo: { type: 'string' }, 'api-url': { type: 'string' } },
} as const;

async function run({ values }: ParsedArgs<typeof args>): Promise<number> {
  const today = todayOption(values.today);
  // The validator and the counting are loaded here, not with the script: `--help` and a usage mistake need neither.
  const [
    { formatText },
    { readRepositoryFiles },
    { programPublicCounts },
    { nextSnapshot, snapshotMonth, snapshotPullRequestText, statisticsFilePath },
    { snapshotText },
    { validateFiles },
  ] = await Promise.all([
    import('../src/lib/diagnostics.ts'),
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/stats/program-statistics.ts'),
    import('../src/lib/stats/snapshot.ts'),
    import('../src/lib/stats/snapshot-file.ts'),
    import('../src/lib/validate/index.ts'),
  ]);
  const month = snapshotMonth(today);
  const files = (await readRepositoryFiles(process.cwd())).filter((file) => !file.path.startsWith('content/contracts/'));
  const result = programPublicCounts(files, today);
  if (!result.ok) {
    process.stderr.write(formatText(result.diagnostics));
    throw new InvalidDataError('the files above do not load, and counting without them would lower the counts; no snapshot was taken.');
  }
  // The snapshots already published: the new one starts from them (validated, so a hand-edited one that breaks its schema stops here too).
  const published = validateFiles(
    files.filter((file) => /^content\/programs\/[^/]+\/(statistics|program)\.yaml$/.test(file.path)),
    { today },
  );
  const broken = published.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('/statistics.yaml'));
  if (broken.length > 0) {
    process.stderr.write(formatText(broken));
    throw new InvalidDataError('a published snapshot does not load; fix it (from its history) before taking the next one.');
  }

  const changes: Record<string, string> = {};
  for (const [program, counts] of result.counts) {
    const previous = published.repository.statistics.get(program)?.data;
    if (previous && previous.month >= month) {
      printLine(`stats:snapshot: ${program} already has its snapshot for ${previous.month}.`);
      continue;
    }
    changes[statisticsFilePath(program)] = snapshotText(nextSnapshot(previous, counts, program, today));
  }
  if (Object.keys(changes).length === 0) return 0;

  if (!values['open-pr']) {
    for (const [path, text] of Object.entries(changes)) {
      await writeFile(join(process.cwd(), path), text);
      printLine(`stats:snapshot: wrote ${path}`);
    }
    return 0;
  }
  const [{ openRecordPullRequest, readGitHubSettings }, { scriptGitHubClient }] = await Promise.all([
    import('../src/lib/github/index.ts'),
    import('./cli/github-client.ts'),
  ]);
  const settings = readGitHubSettings(process.env, { repo: values.repo, apiUrl: values['api-url'] });
  const client = scriptGitHubClient(settings, 'stats:snapshot');
  const opened = await openRecordPullRequest(client, settings.repo, {
    ...snapshotPullRequestText(month, today),
    files: changes,
    labels: ['statistics'],
  });
  for (const warning of opened.warnings) errorLine(`stats:snapshot: ${warning}`);
  printLine(`stats:snapshot: pull request #${opened.number} ${opened.outcome}: ${opened.url}`);
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'stats:snapshot',
  usage: 'npm run stats:snapshot -- [--today YYYY-MM-DD] [--open-pr] [--repo owner/name] [--api-url URL]',
  description: `
Takes this month's statistics snapshot, the only statistics the site publishes:
each program's suppressed counts, none lower than in the last snapshot, written
to content/programs/<program>/statistics.yaml. A program that already has this
month's snapshot is left as it is. With --open-pr, opens the pull request
instead of writing the files (needs GITHUB_TOKEN and GITHUB_REPOSITORY, or --repo).

Exit 0 done, 1 a pairing, program or stats file does not load (nothing is
written), 2 bad option or settings, or GitHub could not be reached.`,
  args,
  known: (error) => (error instanceof GitHubError ? 2 : undefined),
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
