/** What the IssueOps workflow says on a coordinator action issue (the same marker as contract requests: one current comment per issue). */
import { COMMENT_MARKER, problemBullet as bullet, type FormProblem, type OpenedPullRequest } from '../comment.ts';

export function invalidActionComment(name: string, problems: readonly FormProblem[], warnings: readonly FormProblem[] = []): string {
  const lines = [
    COMMENT_MARKER,
    `This “${name}” form cannot become a pull request yet: ${problems.length === 1 ? 'one thing needs' : `${problems.length} things need`} fixing.`,
    '',
    ...problems.map(bullet),
    '',
  ];
  if (warnings.length > 0) lines.push('Worth a look, though not blocking:', '', ...warnings.map(bullet), '');
  lines.push('Edit this issue (the **...** menu, then **Edit**) to correct the answers; the check runs again when you save.', '');
  return lines.join('\n');
}

export function actionPullRequestComment(pullRequest: OpenedPullRequest, warnings: readonly FormProblem[]): string {
  const lines = [
    COMMENT_MARKER,
    pullRequest.updated
      ? `Pull request #${pullRequest.number} now holds the answers of this issue: ${pullRequest.url}`
      : `Done: pull request #${pullRequest.number} records it: ${pullRequest.url}`,
    '',
    warnings.length === 0
      ? '✅ It passed validation. Review and merge it to put it on file.'
      : '⚠️ It passed validation with warnings to weigh:',
  ];
  if (warnings.length > 0) lines.push('', ...warnings.map(bullet));
  lines.push('');
  return lines.join('\n');
}

export function existingPairingComment(path: string): string {
  return [
    COMMENT_MARKER,
    `A pairing with this id is already on file (\`${path}\`), so nothing was changed. Give another pairing id, or use the status change form.`,
    '',
  ].join('\n');
}

export function existingProgramComment(id: string): string {
  return [
    COMMENT_MARKER,
    `A program with the id “${id}” is already on file (\`content/programs/${id}/\`), so nothing was changed. Give another program id.`,
    '',
  ].join('\n');
}
