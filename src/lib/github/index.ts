/** The GitHub boundary: settings, the octokit client, its errors, and the record pull request. */
export { createGitHubClient, DELAY_SCALE_VARIABLE, delayScaleFrom, type GitHubClient, type GitHubClientOptions } from './client.ts';
export {
  GitHubError,
  isStatus,
  isValidationFailure,
  repositorySlug,
  toGitHubError,
  type GitHubErrorKind,
  type RepositoryName,
} from './errors.ts';
export { gitBlobSha } from './blob-sha.ts';
export { ACTIONS_BOT_LOGIN, authenticatedLogin } from './whoami.ts';
export { canWrite, repositoryRole, roleOf, trustedAuthors, REPOSITORY_ROLES, type RepositoryRole } from './permission.ts';
export { assertPrivateRepository, visibilityRefusal } from './private-repository.ts';
export { repositoryFacts, visibilityOf, type RepositoryFacts, type RepositoryVisibility } from './repository-facts.ts';
export { inertMarkdown } from './inert-markdown.ts';
export {
  openRecordPullRequest,
  type RecordPullRequestRequest,
  type RecordPullRequestResult,
  type RecordPullRequestOutcome,
} from './record-pull-request.ts';
export { readGitHubSettings, parseRepositoryName, DEFAULT_API_URL, type GitHubSettings, type GitHubSettingsFlags } from './settings.ts';
export type { FileChanges } from './git-data.ts';
