/**
 * Proposes pairs from a cycle's applications (src/lib/matching/): as many pairs
 * as the hard constraints allow, then the best total fit. --open-pr opens (or
 * updates) one pull request with a proposed pairing file per pair. Invalid
 * applications are left out and listed as unmatched with the validator's
 * reason; --strict refuses to propose anything while one is invalid.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { InvalidDataError, UsageError } from '../src/lib/cli/errors.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { LocalChangeError } from '../src/lib/publish/local-git.ts';
import { todayIso } from '../src/lib/dates.ts';
import type { MatchFormat } from '../src/lib/matching/format.ts';
import { PinError } from '../src/lib/matching/pin-error.ts';
import type { Applicant, Pin } from '../src/lib/matching/propose.ts';
import { InfeasibleError } from '../src/lib/matching/solver.ts';
import { appendJobSummary } from './cli/job-summary.ts';
import { errorLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const FORMATS: readonly MatchFormat[] = ['text', 'markdown', 'json'];

const args = {
  allowPositionals: true,
  options: {
    cycle: { type: 'string' },
    format: { type: 'string' },
    'open-pr': { type: 'boolean' },
    strict: { type: 'boolean' },
    keep: { type: 'string', multiple: true },
    forbid: { type: 'string', multiple: true },
    today: { type: 'string' },
    repo: { type: 'string' },
    'api-url': { type: 'string' },
  },
} as const;

function pins(values: readonly string[] | undefined, option: string): Pin[] {
  return (values ?? []).map((value) => {
    const match = /^([0-9]{4}-[a-z0-9-]+)=([0-9]{4}-[a-z0-9-]+)$/.exec(value);
    if (!match)
      throw new UsageError(`--${option} takes two application ids joined by =, for example 2027-okafor=2027-lee; not "${value}".`);
    return { first: match[1]!, second: match[2]! };
  });
}

async function run({ values, positionals }: ParsedArgs<typeof args>): Promise<number> {
  const program = positionals[0];
  if (!program || positionals.length > 1) throw new UsageError('Name one program, for example: npm run match -- alcts --cycle 2027');
  if (!values.cycle || !/^[0-9]{4}$/.test(values.cycle)) throw new UsageError("--cycle takes the cycle's year, for example --cycle 2027.");
  const cycle = Number(values.cycle);
  const format = (values.format ?? 'text') as MatchFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format is one of ${FORMATS.join(', ')}, not "${values.format}".`);
  const keep = pins(values.keep, 'keep');
  const forbid = pins(values.forbid, 'forbid');
  const today = values.today ?? todayIso();

  // The validator and the matcher are loaded here, not with the script: `--help` and a usage mistake need neither.
  const [
    { formatText: formatDiagnostics },
    { readRepositoryFiles },
    { validateFiles },
    { invalidApplications },
    { proposeMatching },
    { formatMarkdown, formatProposal },
  ] = await Promise.all([
    import('../src/lib/diagnostics.ts'),
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/validate/index.ts'),
    import('../src/lib/matching/invalid-applications.ts'),
    import('../src/lib/matching/propose.ts'),
    import('../src/lib/matching/format.ts'),
  ]);
  const files = await readRepositoryFiles(process.cwd());
  const result = validateFiles(files, { today });
  const programRecord = result.repository.programs.get(program);
  if (!programRecord)
    throw new InvalidDataError(`there is no valid program "${program}" (content/programs/${program}/program.yaml); run npm run validate.`);
  const folder = `content/applications/${program}/${cycle}/`;
  const problems = result.diagnostics.filter((d) => d.file.startsWith(folder) && d.severity === 'error');
  if (problems.length > 0) {
    process.stderr.write(formatDiagnostics(problems));
    if (values.strict) throw new InvalidDataError('fix these applications first; nothing was proposed (--strict).');
  }
  const invalid = invalidApplications(problems, folder);
  if (invalid.length > 0)
    errorLine(`match: ${invalid.length} invalid application${invalid.length === 1 ? '' : 's'} left out and listed as unmatched.`);
  const left = new Set(invalid.map((entry) => entry.application));
  const applicants: Applicant[] = [...result.repository.applications]
    .filter(([key]) => key.startsWith(`${program}/${cycle}/`))
    .map(([key, record]) => ({ id: key.slice(key.lastIndexOf('/') + 1), application: record.data }))
    .filter((applicant) => !left.has(applicant.id));
  if (applicants.length === 0 && invalid.length === 0) throw new InvalidDataError(`there are no applications in ${folder}.`);

  const proposal = await proposeMatching({ program: programRecord.data, cycle, applicants, keep, forbid, invalid });
  process.stdout.write(formatProposal(proposal, format));
  // In GitHub Actions (the "Match" workflow), the proposal by application id goes to the job summary too.
  const summary = `### Matching proposal: ${program}, cycle ${cycle}\n\n${formatMarkdown(proposal)}`;
  if (!values['open-pr']) {
    appendJobSummary(summary);
    return 0;
  }

  const [{ openMatchPullRequest }, { scriptChangeTarget }, { localChangeReport }] = await Promise.all([
    import('../src/lib/matching/pull-request.ts'),
    import('./cli/change-target.ts'),
    import('../src/lib/publish/local-report.ts'),
  ]);
  const opened = await openMatchPullRequest({
    target: scriptChangeTarget('match', { repo: values.repo, apiUrl: values['api-url'] }),
    program: programRecord.data,
    proposal,
    applicants: new Map(applicants.map((applicant) => [applicant.id, applicant])),
    existingPairings: new Set(files.map((file) => file.path).filter((path) => path.startsWith(`content/pairings/${program}/`))),
  });
  if (opened.kind === 'local') {
    process.stderr.write(localChangeReport(opened));
    return 0;
  }
  for (const warning of opened.warnings) errorLine(`match: ${warning}`);
  errorLine(`match: pull request #${opened.number} ${opened.outcome}: ${opened.url}`);
  appendJobSummary(`${summary}\nPull request [#${opened.number}](${opened.url}) ${opened.outcome}.\n`);
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'match',
  usage:
    'npm run match -- <program> --cycle <year> [--format text|markdown|json] [--open-pr] [--strict] [--keep <mentee>=<mentor>]... [--forbid <a>=<b>]... [--today YYYY-MM-DD] [--repo owner/name] [--api-url URL]',
  description: `
Proposes pairs from content/applications/<program>/<cycle>/: first as many pairs as the
hard constraints allow, then the best total fit (an optimum found by HiGHS). --keep pins a
pair (mentee=mentor, or two peers), --forbid rules one out; both are written into the
proposal and its rerun command. --open-pr opens, or updates, one pull request with a
status: proposed pairing file per pair; without GITHUB_TOKEN, it writes those files into
the working tree (on a new branch when the tree is clean) and prints the git commands that
push them. An invalid application is left out and listed as unmatched with the validator's
reason; --strict refuses to propose anything instead.

Exit 0 proposed, 1 invalid applications (--strict) or pins that cannot be kept, 2 bad usage or could not run.`,
  args,
  known: (error) =>
    error instanceof PinError || error instanceof InfeasibleError
      ? 1
      : error instanceof GitHubError || error instanceof LocalChangeError
        ? 2
        : undefined,
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
