/** The GitHub boundary: settings, the octokit client, its errors, and the record pull request. */
export { createGitHubClient, delayScaleFrom, type GitHubClient, type GitHubClientOptions } from './client.ts';
export { toGitHubError, type RepositoryName } from './errors.ts';
export { GitHubError } from './github-error.ts';
export { authenticatedLogin } from './whoami.ts';
export { canWrite, repositoryRole, roleOf } from './permission.ts';
export { assertPrivateRepository, visibilityRefusal } from './private-repository.ts';
export {
  openRecordPullRequest,
  type RecordPullRequestRequest,
  type RecordPullRequestResult,
  type RecordPullRequestOutcome,
} from './record-pull-request.ts';
export { readGitHubSettings, type GitHubSettings, type GitHubSettingsFlags } from './settings.ts';
export type { FileChanges } from './git-data.ts';
