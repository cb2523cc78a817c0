/**
 * An application received by email: validated with the same code as
 * `npm run validate` (submitApplicationDraft, in a dry run), then added to the
 * day's pull request of its program: one branch per program and day,
 * `tandem/applications-<program>-<date>`, updated as more arrive. A resend
 * from the same address gets the same application id and replaces the file on
 * that branch. An invalid one gets an answer listing what to fix.
 */
import { parse as parseYaml } from 'yaml';
import { submitApplicationDraft, type ApplicationResult } from '../applications/submit-application.ts';
import { openRecordPullRequest } from '../github/index.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { programReviewers } from '../submit/pull-request-text.ts';
import type { Program } from '../types.generated.ts';
import { answer, type InboxContext, type InboxEntry } from './context.ts';
import { filesAddedOnOpenPull } from './github-branches.ts';
import type { IncomingMail } from './incoming.ts';
import { applicationReceivedReply, invalidRecordReply } from './replies.ts';

export const applicationsBranch = (program: string, date: string): string => `tandem/applications-${program}-${date}`;

const programOfDraft = (yaml: string): string | undefined => {
  try {
    const value: unknown = parseYaml(yaml, { schema: 'core' });
    const program = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['program'] : undefined;
    return typeof program === 'string' ? program : undefined;
  } catch {
    return undefined;
  }
};

const asFiles = (map: ReadonlyMap<string, string>): SourceFile[] =>
  [...map].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));

function batchBody(program: Program, date: string, paths: readonly string[]): string {
  return [
    `Applications to the ${program.name} received by email on ${date}, each validated with the whole repository before it was added; CI checks them again.`,
    '',
    ...paths.map((path) => `- \`${path}\``),
    '',
    'A resend from the same address replaced the earlier application. Applications are confidential: these files are never published.',
  ].join('\n');
}

export async function handleApplication(mail: IncomingMail, yaml: string, context: InboxContext): Promise<InboxEntry> {
  const programId = programOfDraft(yaml);
  const program = programId ? context.repository.programs.get(programId)?.data : undefined;
  if (context.program && programId !== context.program) {
    return { uid: mail.uid, kind: 'other-program', outcome: 'an application for another program: left for its run', done: false };
  }
  const fallback = [...context.repository.programs.values()][0]?.data.intake?.email ?? mail.from;
  const branch = program ? applicationsBranch(program.id, context.today) : '';
  const batch =
    program && context.github
      ? await filesAddedOnOpenPull(context.github, branch, `content/applications/${program.id}/`)
      : new Map<string, string>();
  const draft = (files: readonly SourceFile[]): Promise<ApplicationResult> =>
    submitApplicationDraft({ files, draftText: yaml, today: context.today, dryRun: true, draftPath: 'the application' });
  let result = await draft([...context.files, ...asFiles(batch)]);
  if (result.status === 'exists') {
    // The same address again: its id is that of the earlier file. On today's branch it is replaced; on file already, it is not.
    const earlier = [...batch.keys()].find((path) => result.status === 'exists' && result.message.startsWith(path));
    if (earlier) {
      batch.delete(earlier);
      result = await draft([...context.files, ...asFiles(batch)]);
    }
  }
  switch (result.status) {
    case 'invalid':
      if (context.github)
        await context.send(answer(mail, program, fallback, invalidRecordReply('application', mail.subject, result.diagnostics)));
      return { uid: mail.uid, kind: 'application', outcome: 'invalid: answered with what to fix', done: true };
    case 'exists':
      if (context.github)
        await context.send(
          answer(
            mail,
            program,
            fallback,
            invalidRecordReply('application', mail.subject, [
              {
                file: '',
                line: 1,
                column: 1,
                severity: 'error',
                rule: 'draft-application-id',
                message: 'An application from you for this cycle is already on file; to change it, write to the coordinator.',
              },
            ]),
          ),
        );
      return { uid: mail.uid, kind: 'application', outcome: 'already on file: answered', done: true };
    case 'opened':
    case 'dry-run':
      break;
  }
  const plan = result.plan;
  const record = `${plan.program}/${plan.id}`;
  if (!context.github || !program)
    return { uid: mail.uid, kind: 'application', record, outcome: `valid: would be added to ${branch}`, done: false };
  batch.set(plan.path, plan.content);
  const paths = [...batch.keys()].sort();
  const title = `Applications by email: ${program.shortName ?? program.name} (${program.id}), ${context.today} (${paths.length})`;
  const opened = await openRecordPullRequest(context.github.client, context.github.repo, {
    branch,
    files: Object.fromEntries(batch),
    commitMessage: `Add ${paths.length === 1 ? 'an application' : `${paths.length} applications`} received by email to ${program.id}`,
    title,
    body: batchBody(program, context.today, paths),
    labels: ['application', `program:${program.id}`],
    reviewers: programReviewers(program),
    mustNotExistOnBase: [plan.path],
  });
  await context.send(answer(mail, program, fallback, applicationReceivedReply(mail.subject, program)));
  return {
    uid: mail.uid,
    kind: 'application',
    record,
    outcome: `valid: in pull request #${opened.number} (${opened.outcome})`,
    done: true,
  };
}
