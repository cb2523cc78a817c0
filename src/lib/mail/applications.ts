/**
 * An application received by email: validated with the same code as
 * `npm run validate` (submitApplicationDraft, in a dry run), then added to the
 * day's pull request of its program: one branch per program and day,
 * `tandem/applications-<program>-<date>`, updated as more arrive. A resend
 * from the same address gets the same application id and replaces the file on
 * that branch. An invalid one gets an answer listing what to fix.
 */
import { yamlPackage } from '../yaml/yaml-package.ts';
import { submitApplicationDraft, type ApplicationResult } from '../applications/submit-application.ts';
import { openRecordPullRequest } from '../github/index.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { programReviewers } from '../submit/pull-request-text.ts';
import type { Program } from '../types.generated.ts';
import { answer, type ApplicationBatch, type InboxContext, type InboxEntry } from './context.ts';
import { filesAddedOnOpenPull } from './github-branches.ts';
import type { IncomingMail } from './incoming.ts';
import { applicationReceivedReply, invalidRecordReply } from './replies.ts';

const applicationsBranch = (program: string, date: string): string => `tandem/applications-${program}-${date}`;

const programOfDraft = (yaml: string): string | undefined => {
  try {
    const value: unknown = yamlPackage().parse(yaml, { schema: 'core' });
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

async function batchFor(context: InboxContext, program: Program): Promise<ApplicationBatch> {
  const branch = applicationsBranch(program.id, context.today);
  let batch = context.batches.get(branch);
  if (!batch) {
    const files = context.github
      ? await filesAddedOnOpenPull(context.github, branch, `content/applications/${program.id}/`)
      : new Map<string, string>();
    batch = { branch, program, files, added: new Set(), entries: [], answers: [] };
    context.batches.set(branch, batch);
  }
  return batch;
}

export async function handleApplication(mail: IncomingMail, yaml: string, context: InboxContext): Promise<InboxEntry> {
  const programId = programOfDraft(yaml);
  const program = programId ? context.repository.programs.get(programId)?.data : undefined;
  if (context.program && programId !== context.program) {
    return { uid: mail.uid, kind: 'other-program', outcome: 'an application for another program: left for its run', done: false };
  }
  const fallback = [...context.repository.programs.values()][0]?.data.intake?.email ?? mail.from;
  const batch = program ? await batchFor(context, program) : undefined;
  const batchFiles = batch?.files ?? new Map<string, string>();
  const draft = (files: readonly SourceFile[]): Promise<ApplicationResult> =>
    submitApplicationDraft({ files, draftText: yaml, today: context.today, dryRun: true, draftPath: 'the application' });
  let result = await draft([...context.files, ...asFiles(batchFiles)]);
  let replaced: string | undefined;
  if (result.status === 'exists') {
    // The same address again: its id is that of the earlier file. On today's branch it is replaced; on file already, it is not.
    const message = result.message;
    replaced = [...batchFiles.keys()].find((path) => message.startsWith(path));
    if (replaced) {
      const others = new Map(batchFiles);
      others.delete(replaced);
      result = await draft([...context.files, ...asFiles(others)]);
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
    // The inbox never drafts in local mode ('written'): it has a token, or runs dry.
    case 'opened':
    case 'dry-run':
    case 'written':
      break;
  }
  const plan = result.plan;
  const record = `${plan.program}/${plan.id}`;
  if (!context.github || !program || !batch) {
    return {
      uid: mail.uid,
      kind: 'application',
      record,
      outcome: `valid: would be added to ${batch?.branch ?? 'a pull request'}`,
      done: false,
    };
  }
  batch.files.set(plan.path, plan.content);
  batch.added.add(plan.path);
  const entry: InboxEntry = {
    uid: mail.uid,
    kind: 'application',
    record,
    outcome: `valid: for ${batch.branch}`,
    done: true,
    deferred: true,
  };
  batch.entries.push(entry);
  batch.answers.push(answer(mail, program, fallback, applicationReceivedReply(mail.subject, program)));
  return entry;
}

/**
 * Writes each program's day's pull request once, with every application of
 * the run, then sends their answers. A batch that fails leaves its messages
 * unmarked (the next run reads them again and finds the same files).
 */
export async function writeApplicationBatches(context: InboxContext): Promise<InboxEntry[]> {
  const written: InboxEntry[] = [];
  for (const batch of context.batches.values()) {
    if (batch.added.size === 0 || !context.github) continue;
    const paths = [...batch.files.keys()].sort();
    const { program } = batch;
    try {
      const opened = await openRecordPullRequest(context.github.client, context.github.repo, {
        branch: batch.branch,
        files: Object.fromEntries(batch.files),
        commitMessage: `Add ${batch.added.size === 1 ? 'an application' : `${batch.added.size} applications`} received by email to ${program.id}`,
        title: `Applications by email: ${program.shortName ?? program.name} (${program.id}), ${context.today} (${paths.length})`,
        body: batchBody(program, context.today, paths),
        labels: ['application', `program:${program.id}`],
        reviewers: programReviewers(program),
        mustNotExistOnBase: [...batch.added],
      });
      for (const entry of batch.entries) entry.outcome = `valid: in pull request #${opened.number} (${opened.outcome})`;
      for (const mail of batch.answers) await context.send(mail);
      written.push(...batch.entries);
    } catch (error) {
      for (const entry of batch.entries) {
        entry.done = false;
        entry.outcome = `valid, but the pull request could not be written: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    batch.added.clear();
  }
  return written;
}
