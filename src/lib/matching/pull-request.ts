/**
 * The matching pull request: one `status: proposed` pairing file per proposed
 * pair on branch tandem/match-<program>-<cycle>, the explanation in the body (which
 * may name people: the repository is private), and a title and branch that
 * carry only the program and the cycle. Rerunning finds the same pull request
 * and updates it; pairing files a previous run proposed and this one does not
 * are deleted from the branch (the body lists the files it proposed).
 */
import { yamlPackage } from '../yaml/yaml-package.ts';
import { LocalChangeError } from '../publish/local-git.ts';
import { publishRecordChange, type ChangeTarget, type PublishedChange } from '../publish/publish-change.ts';
import { derivePairingId } from '../submit/pairing-id.ts';
import { matchBranch, matchTitle } from '../submit/pull-request-names.ts';
import { programReviewers } from '../submit/pull-request-text.ts';
import { recordPath } from '../submit/record-location.ts';
import type { Pairing, Program } from '../types.generated.ts';
import type { Applicant } from './constraints.ts';
import { formatMarkdown } from './format.ts';
import type { Proposal } from './propose.ts';

export interface ProposedPairingFile {
  /** `<first id>><second id>`: mentor>mentee, or the two peers. */
  key: string;
  path: string;
  content: string;
}

const person = (applicant: Applicant) => ({ name: applicant.application.name, email: applicant.application.email });

/** The pairing files of a proposal; ids follow the pairing rule (`<cycle>-<surname>-<surname>`), numbered when two would clash. */
function proposedPairingFiles(
  proposal: Proposal,
  applicants: ReadonlyMap<string, Applicant>,
  taken: ReadonlySet<string> = new Set(),
): ProposedPairingFile[] {
  const used = new Set(taken);
  const files: ProposedPairingFile[] = [];
  const add = (key: string, pairing: Pairing) => {
    const base = derivePairingId(pairing, String(proposal.cycle)) ?? `${proposal.cycle}-pair`;
    let id = base;
    for (let n = 2; used.has(recordPath('pairing', proposal.program, id)); n += 1) id = `${base}-${n}`;
    const path = recordPath('pairing', proposal.program, id);
    used.add(path);
    files.push({ key, path, content: yamlPackage().stringify(pairing, { lineWidth: 0 }) });
  };
  for (const pair of proposal.pairs) {
    add(`${pair.mentor}>${pair.mentee}`, {
      program: proposal.program,
      kind: 'mentoring',
      mentor: person(applicants.get(pair.mentor)!),
      mentee: person(applicants.get(pair.mentee)!),
      cycle: proposal.cycle,
      status: 'proposed',
      applications: [pair.mentor, pair.mentee],
    });
  }
  for (const pair of proposal.peers) {
    add(`${pair.peers[0]}>${pair.peers[1]}`, {
      program: proposal.program,
      kind: 'peer',
      peers: [person(applicants.get(pair.peers[0])!), person(applicants.get(pair.peers[1])!)],
      cycle: proposal.cycle,
      status: 'proposed',
      applications: [...pair.peers],
    });
  }
  return files;
}

const FILES_MARKER = /<!-- tandem:match-files ([^>]*) -->/;

/** The pairing files an earlier run listed in the pull request body. */
export const filesListedIn = (body: string | null | undefined): string[] =>
  FILES_MARKER.exec(body ?? '')?.[1]
    ?.split(' ')
    .filter(Boolean) ?? [];

function matchBody(proposal: Proposal, files: readonly ProposedPairingFile[], applicants: ReadonlyMap<string, Applicant>): string {
  const names = new Map([...applicants].map(([id, applicant]) => [id, applicant.application.name]));
  const byKey = new Map(files.map((file) => [file.key, file.path]));
  return [
    formatMarkdown(proposal, names, byKey),
    '### What to review',
    '',
    '- Every pair respects the hard constraints (roles, capacity, avoid lists, same-institution and membership rules); the validator checks the pairing files again in CI.',
    '- The reasons make sense to someone who knows the applicants; steer with `--keep <mentee>=<mentor>` or `--forbid <a>=<b>` and rerun: this pull request is updated, not duplicated.',
    "- Each unmatched applicant's reason; they stay on file until the end of the cycle, then fall under retention (`npm run desk` lists them).",
    '- Merging records the pairs as proposed; mark each active with `npm run pairing:status -- <program>/<pairing-id> active` when the pair is told, which records the notice date and the start (by default the start of the term the pair belongs to).',
    '',
    `<!-- tandem:match-files ${files.map((file) => file.path).join(' ')} -->`,
    '',
  ].join('\n');
}

export interface OpenMatchInput {
  /** A pull request on GitHub, or local mode's working tree. */
  target: ChangeTarget;
  program: Program;
  proposal: Proposal;
  applicants: ReadonlyMap<string, Applicant>;
  /** Pairing paths already on file locally: a new pairing never takes their ids. */
  existingPairings: ReadonlySet<string>;
}

/**
 * The body of the open matching pull request, whose file list says what an
 * earlier run proposed. Local mode has no such list: on the matching branch
 * itself, an earlier run's pairings would count as taken, so it asks for a
 * fresh start instead (elsewhere, a leftover branch is refused by local mode).
 */
async function openPullBody(target: ChangeTarget, branch: string): Promise<string | null | undefined> {
  if (target.kind === 'local') {
    const { currentBranch } = await target.git.state(branch, []);
    if (currentBranch === branch) {
      throw new LocalChangeError(
        'branch-exists',
        `The matching branch ${branch} is checked out, with an earlier run's proposed pairings; nothing was written. ` +
          `To match again, switch back (git switch -) and delete it (git branch -D ${branch}) first.`,
      );
    }
    return undefined;
  }
  const { client, repo } = target;
  const { data: open } = await client.rest.pulls.list({
    owner: repo.owner,
    repo: repo.name,
    head: `${repo.owner}:${branch}`,
    state: 'open',
  });
  return open[0]?.body;
}

export async function openMatchPullRequest(input: OpenMatchInput): Promise<PublishedChange & { files: ProposedPairingFile[] }> {
  const { proposal } = input;
  const branch = matchBranch(proposal.program, proposal.cycle);
  const files = proposedPairingFiles(proposal, input.applicants, input.existingPairings);
  const changes: Record<string, string | null> = {};
  for (const stale of filesListedIn(await openPullBody(input.target, branch))) changes[stale] = null;
  for (const file of files) changes[file.path] = file.content;
  const title = matchTitle(input.program, proposal.cycle, proposal.pairs.length + proposal.peers.length);
  const result = await publishRecordChange(input.target, {
    branch,
    files: changes,
    commitMessage: title,
    title,
    body: matchBody(proposal, files, input.applicants),
    labels: ['pairing', 'matching', `program:${proposal.program}`],
    reviewers: programReviewers(input.program),
  });
  return { ...result, files };
}
