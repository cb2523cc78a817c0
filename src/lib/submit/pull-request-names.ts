/**
 * The one place that names pull requests: branch names, titles and commit
 * messages of every pull request Tandem opens (contract:new, pairing:new,
 * pairing:status, the IssueOps workflow, retention).
 *
 * A record id holds the pair's surnames (2026-lee-okafor). Branches, titles
 * and commit messages outlive the purge procedure (GitHub keeps every pull
 * request's refs/pull/N/head and its title), so they never carry the id: they
 * carry an opaque, stable token instead, the first 12 hex digits of the
 * SHA-256 of "<program>/<id>". The same record always gets the same token, so
 * a rerun finds its branch again. The files and the pull request's body (the
 * repository is private to the association, and the body is what a reviewer
 * reads) keep the readable id.
 *
 * The token is a pseudonym, not a secret: someone who guesses an id (a year
 * and two surnames) can hash it and confirm the guess. No salt is used because
 * a salt that is not secret would not change that, and a secret one would
 * have to be kept and shared by every coordinator's machine and CI.
 *
 * Branch names are flat (tandem/<kind>-<token>): Git cannot hold both a ref
 * and a folder of the same name (pairing/p/id and pairing/p/id/status), and no
 * two names here are ever a prefix folder of one another.
 */
import { createHash } from 'node:crypto';

export type RecordChangeKind = 'contract' | 'pairing' | 'status';

const TOKEN_HEX_DIGITS = 12;

/** The opaque, stable token of a record: 12 hex digits of SHA-256("<program>/<id>"). */
export const recordToken = (program: string, id: string): string =>
  createHash('sha256').update(`${program}/${id}`).digest('hex').slice(0, TOKEN_HEX_DIGITS);

/** tandem/contract-<token>, tandem/pairing-<token>, tandem/status-<token>: one branch per record and kind, so a rerun finds it. */
export const recordBranch = (kind: RecordChangeKind, program: string, id: string): string => `tandem/${kind}-${recordToken(program, id)}`;

/**
 * The branch of the one retention pull request: always the same, so that the
 * weekly run (.github/workflows/retention.yml) updates the open pull request
 * instead of opening another each week.
 */
export const retentionBranch = (): string => 'tandem/retention';

interface ProgramName {
  id: string;
  name: string;
  shortName?: string;
}

const programName = (program: ProgramName): string => `${program.shortName ?? program.name} (${program.id})`;

/** "Add contract 1a2b3c4d5e6f in ALAO (alao)": the title and the commit message of a contract or pairing pull request. */
export function recordChangeTitle(kind: 'contract' | 'pairing', program: ProgramName, id: string, amend: boolean): string {
  return `${amend ? 'Amend' : 'Add'} ${kind} ${recordToken(program.id, id)} in ${programName(program)}`;
}

/** "Pairing 1a2b3c4d5e6f in ALAO (alao): active to completed". */
export function statusChangeTitle(program: ProgramName, id: string, from: string, to: string): string {
  return `Pairing ${recordToken(program.id, id)} in ${programName(program)}: ${from} to ${to}`;
}

export function retentionTitle(relationships: number): { title: string; commitMessage: string } {
  const count = `${relationships} relationship${relationships === 1 ? '' : 's'}`;
  return {
    title: `Retention: remove ${count} past their retention period`,
    commitMessage: `Remove ${count} past retention and record their anonymous counts`,
  };
}

/** tandem/application-<token>: one branch per application (the token of "<program>/<application-id>"), so a rerun finds it. */
export const applicationBranch = (program: string, id: string): string => `tandem/application-${recordToken(program, id)}`;

/** "Add application 1a2b3c4d5e6f to ALCTS (alcts), cycle 2027". */
export const applicationTitle = (program: ProgramName, id: string, cycle: number): string =>
  `Add application ${recordToken(program.id, id)} to ${programName(program)}, cycle ${cycle}`;

/** tandem/match-<program>-<cycle>: one matching pull request per program and cycle; no names to hide. */
export const matchBranch = (program: string, cycle: number): string => `tandem/match-${program}-${cycle}`;

/** "Proposed pairings: ALCTS (alcts), cycle 2027 (3 pairs)". */
export const matchTitle = (program: ProgramName, cycle: number, pairs: number): string =>
  `Proposed pairings: ${programName(program)}, cycle ${cycle} (${pairs} pair${pairs === 1 ? '' : 's'})`;
