/**
 * From a draft application to its pull request, the path behind
 * `application:new` and the application issue form: the draft is validated
 * with the whole repository as if it sat at
 * content/applications/<program>/<cycle>/<cycle>-<surname>.yaml, only a valid
 * one goes to GitHub, and one already on file is never overwritten. The
 * branch and title carry an opaque token, never the applicant's name.
 */
import { applicationPath } from '../submit/record-location.ts';
import { yamlPackage } from '../yaml/yaml-package.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { GitHubError, type GitHubClient, type RecordPullRequestOutcome, type RepositoryName } from '../github/index.ts';
import { LocalChangeError, type LocalGit } from '../publish/local-git.ts';
import { changeTargetOf, publishRecordChange, type LocalChangeResult } from '../publish/publish-change.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { surnameSlug } from '../submit/pairing-id.ts';
import { applicationBranch, applicationTitle } from '../submit/pull-request-names.ts';
import { programReviewers } from '../submit/pull-request-text.ts';
import type { Application } from '../types.generated.ts';
import { validateFiles } from '../validate/index.ts';

export interface ApplicationDraftInput {
  files: readonly SourceFile[];
  draftText: string;
  /** How diagnostics name the draft (the --from file); defaults to its repository path. */
  draftPath?: string;
  today: string;
  client?: GitHubClient;
  repo?: RepositoryName;
  /** Local mode (no token): the working tree's Git, written into instead of opening a pull request. */
  local?: LocalGit;
  dryRun?: boolean;
  /** A closing paragraph for the pull request body (IssueOps links back to its issue). */
  bodyNote?: string;
}

interface ApplicationPlan {
  program: string;
  cycle: number;
  id: string;
  path: string;
  branch: string;
  title: string;
  body: string;
  content: string;
}

export type ApplicationResult =
  | { status: 'invalid'; diagnostics: Diagnostic[] }
  | { status: 'exists'; message: string; diagnostics: Diagnostic[] }
  | { status: 'dry-run'; plan: ApplicationPlan; diagnostics: Diagnostic[] }
  | { status: 'opened'; plan: ApplicationPlan; url: string; number: number; outcome: RecordPullRequestOutcome; diagnostics: Diagnostic[] }
  | { status: 'written'; plan: ApplicationPlan; local: LocalChangeResult; diagnostics: Diagnostic[] };

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;

/** `<cycle>-<surname>`, or `<cycle>-<surname>-2`, ... when a file of another person already has the id. */
function applicationId(files: readonly SourceFile[], program: string, cycle: number, name: string, email: string): string | undefined {
  const surname = surnameSlug(name);
  if (!surname) return undefined;
  const base = `${cycle}-${surname}`;
  const decoder = new TextDecoder();
  for (let n = 1; n < 100; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    const existing = files.find((file) => file.path === applicationPath(program, cycle, id));
    if (!existing) return id;
    let other: unknown;
    try {
      other = yamlPackage().parse(decoder.decode(existing.bytes), { schema: 'core' });
    } catch {
      continue;
    }
    // The same person again: the same id, so that the existing file is found and not overwritten.
    const otherEmail = field(other, 'email');
    if (typeof otherEmail === 'string' && otherEmail.toLowerCase() === email.toLowerCase()) return id;
  }
  return undefined;
}

export async function submitApplicationDraft(input: ApplicationDraftInput): Promise<ApplicationResult> {
  const content = input.draftText.endsWith('\n') ? input.draftText : `${input.draftText}\n`;
  let draft: unknown;
  try {
    draft = yamlPackage().parse(content, { schema: 'core' });
  } catch {
    draft = undefined;
  }
  const program = field(draft, 'program');
  const cycle = field(draft, 'cycle');
  const name = field(draft, 'name');
  const email = field(draft, 'email');
  const shownAs = input.draftPath ?? '<draft>';
  const missing = [
    typeof program === 'string' && /^[a-z][a-z0-9-]*$/.test(program) ? undefined : 'program',
    typeof cycle === 'number' && Number.isInteger(cycle) ? undefined : 'cycle',
    typeof name === 'string' && name.trim() !== '' ? undefined : 'name',
  ].filter((entry): entry is string => entry !== undefined);
  const id =
    missing.length === 0
      ? applicationId(input.files, program as string, cycle as number, name as string, typeof email === 'string' ? email : '')
      : undefined;
  if (missing.length > 0 || id === undefined) {
    const message =
      missing.length > 0
        ? `The draft needs ${missing.join(', ')} to know where the application belongs (program id, cycle year, full name).`
        : 'Could not make the application id from the cycle year and the surname; write the name in Latin letters.';
    return {
      status: 'invalid',
      diagnostics: [{ file: shownAs, line: 1, column: 1, severity: 'error', rule: 'draft-application-id', message }],
    };
  }
  const path = applicationPath(program as string, cycle as number, id);
  const result = validateFiles([...input.files.filter((file) => file.path !== path), { path, bytes: new TextEncoder().encode(content) }], {
    today: input.today,
    only: [path],
  });
  const diagnostics = result.diagnostics.map((d) => (d.file === path && input.draftPath ? { ...d, file: input.draftPath } : d));
  const key = `${program as string}/${cycle as number}/${id}`;
  const data: Application | undefined = result.repository.applications.get(key)?.data;
  const programData = result.repository.programs.get(program as string)?.data;
  if (!result.ok || !data || !programData) return { status: 'invalid', diagnostics };
  if (input.files.some((file) => file.path === path)) {
    return { status: 'exists', message: `${path} is already on file; it was not changed.`, diagnostics };
  }
  const title = applicationTitle(programData, id, data.cycle);
  const plan: ApplicationPlan = {
    program: data.program,
    cycle: data.cycle,
    id,
    path,
    branch: applicationBranch(data.program, id),
    title,
    body: [
      `Adds an application to the ${programData.name}, cycle ${data.cycle}: \`${path}\`.`,
      '',
      `Roles: ${data.roles.join(', ')}. Validated with the whole repository before this pull request was opened; CI checks it again.`,
      '',
      "Applications are confidential: this file is never published, and it falls under the program's retention rule when its cycle ends unless a pairing comes from it.",
      ...(input.bodyNote ? ['', input.bodyNote] : []),
    ].join('\n'),
    content,
  };
  if (input.dryRun) return { status: 'dry-run', plan, diagnostics };
  try {
    const published = await publishRecordChange(changeTargetOf(input), {
      branch: plan.branch,
      files: { [path]: content },
      commitMessage: title,
      title,
      body: plan.body,
      labels: ['application', `program:${data.program}`],
      reviewers: programReviewers(programData),
      mustNotExistOnBase: [path],
    });
    if (published.kind === 'local') return { status: 'written', plan, local: published, diagnostics };
    return { status: 'opened', plan, url: published.url, number: published.number, outcome: published.outcome, diagnostics };
  } catch (error) {
    if (error instanceof GitHubError && error.kind === 'conflict') return { status: 'exists', message: error.message, diagnostics };
    if (error instanceof LocalChangeError && error.kind === 'exists') return { status: 'exists', message: error.message, diagnostics };
    throw error;
  }
}
