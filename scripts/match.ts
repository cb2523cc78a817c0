/**
 * npm run match -- <program> --cycle <year> [--format text|markdown|json] [--open-pr]
 *   [--keep <mentee>=<mentor>]... [--forbid <a>=<b>]... [--today YYYY-MM-DD] [--repo owner/name] [--api-url URL]
 *
 * Proposes pairs from a cycle's applications (src/lib/matching/): as many pairs
 * as the hard constraints allow, then the best total fit. --open-pr opens (or
 * updates) one pull request with a proposed pairing file per pair.
 * Exit 0 proposed, 1 invalid applications or pins, 2 bad usage or could not run.
 */
import { parseArgs } from 'node:util';
import { formatText as formatDiagnostics } from '../src/lib/diagnostics.ts';
import { createGitHubClient, GitHubError, readGitHubSettings } from '../src/lib/github/index.ts';
import { todayIso } from '../src/lib/lifecycle/dates.ts';
import { formatProposal, type MatchFormat } from '../src/lib/matching/format.ts';
import { proposeMatching, PinError, type Applicant, type Pin } from '../src/lib/matching/propose.ts';
import { openMatchPullRequest } from '../src/lib/matching/pull-request.ts';
import { InfeasibleError } from '../src/lib/matching/solver.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { validateFiles } from '../src/lib/validate/index.ts';

const USAGE = `Usage: npm run match -- <program> --cycle <year> [--format text|markdown|json] [--open-pr]
       [--keep <mentee>=<mentor>]... [--forbid <a>=<b>]... [--today YYYY-MM-DD] [--repo owner/name] [--api-url URL]

Proposes pairs from content/applications/<program>/<cycle>/: first as many pairs as the
hard constraints allow, then the best total fit. --keep pins a pair (mentee=mentor, or two
peers), --forbid rules one out; both are written into the proposal. --open-pr opens or
updates one pull request with a proposed pairing file per pair.
Exit codes: 0 proposed, 1 invalid applications or pins, 2 bad usage or could not run.
`;

const FORMATS: readonly MatchFormat[] = ['text', 'markdown', 'json'];

class Usage extends Error {}

function pins(values: readonly string[] | undefined, option: string): Pin[] {
  return (values ?? []).map((value) => {
    const match = /^([0-9]{4}-[a-z0-9-]+)=([0-9]{4}-[a-z0-9-]+)$/.exec(value);
    if (!match) throw new Usage(`--${option} takes two application ids joined by =, for example 2027-okafor=2027-lee; not "${value}".`);
    return { first: match[1]!, second: match[2]! };
  });
}

export async function main(argv: string[]): Promise<number> {
  const out = (text: string) => process.stdout.write(text);
  const err = (text: string) => process.stderr.write(text);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        cycle: { type: 'string' }, format: { type: 'string' }, 'open-pr': { type: 'boolean' },
        keep: { type: 'string', multiple: true }, forbid: { type: 'string', multiple: true },
        today: { type: 'string' }, repo: { type: 'string' }, 'api-url': { type: 'string' }, help: { type: 'boolean' },
      },
    });
    if (values.help) {
      out(USAGE);
      return 0;
    }
    const program = positionals[0];
    if (!program || positionals.length > 1) throw new Usage('Name one program, for example: npm run match -- alcts --cycle 2027');
    if (!values.cycle || !/^[0-9]{4}$/.test(values.cycle)) throw new Usage('--cycle takes the cycle\'s year, for example --cycle 2027.');
    const cycle = Number(values.cycle);
    const format = (values.format ?? 'text') as MatchFormat;
    if (!FORMATS.includes(format)) throw new Usage(`--format is one of ${FORMATS.join(', ')}, not "${values.format}".`);
    const keep = pins(values.keep, 'keep');
    const forbid = pins(values.forbid, 'forbid');
    const today = values.today ?? todayIso();

    const files = await readRepositoryFiles(process.cwd());
    const result = validateFiles(files, { today });
    const programRecord = result.repository.programs.get(program);
    if (!programRecord) {
      err(`match: there is no valid program "${program}" (content/programs/${program}/program.yaml); run npm run validate.\n`);
      return 1;
    }
    const folder = `content/applications/${program}/${cycle}/`;
    const problems = result.diagnostics.filter((d) => d.file.startsWith(folder) && d.severity === 'error');
    if (problems.length > 0) {
      err(formatDiagnostics(problems));
      err('match: fix these applications first; nothing was proposed.\n');
      return 1;
    }
    const applicants: Applicant[] = [...result.repository.applications]
      .filter(([key]) => key.startsWith(`${program}/${cycle}/`))
      .map(([key, record]) => ({ id: key.slice(key.lastIndexOf('/') + 1), application: record.data }));
    if (applicants.length === 0) {
      err(`match: there are no applications in ${folder}.\n`);
      return 1;
    }

    const proposal = await proposeMatching({ program: programRecord.data, cycle, applicants, keep, forbid });
    out(formatProposal(proposal, format));
    if (!values['open-pr']) return 0;

    const settings = readGitHubSettings(process.env, { repo: values.repo, apiUrl: values['api-url'] });
    const client = createGitHubClient(settings, { onNotice: (message) => err(`match: ${message}\n`) });
    const opened = await openMatchPullRequest({
      client,
      repo: settings.repo,
      program: programRecord.data,
      proposal,
      applicants: new Map(applicants.map((applicant) => [applicant.id, applicant])),
      existingPairings: new Set(files.map((file) => file.path).filter((path) => path.startsWith(`content/pairings/${program}/`))),
    });
    for (const warning of opened.warnings) err(`match: ${warning}\n`);
    err(`match: pull request #${opened.number} ${opened.outcome}: ${opened.url}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Usage || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      err(`match: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof PinError || error instanceof InfeasibleError) {
      err(`match: ${error.message}\n`);
      return 1;
    }
    if (error instanceof GitHubError) {
      err(`match: ${error.message}\n`);
      return error.kind === 'config' ? 2 : 2;
    }
    err(`match: could not run (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
