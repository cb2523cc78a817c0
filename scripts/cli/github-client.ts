/**
 * The GitHub client of a script: its notices (waits, retries) on standard
 * error under the command's name, and the pacing scaled down when the
 * environment asks for it (TANDEM_GITHUB_DELAY_SCALE, set by tests against a
 * local server).
 */
import { createGitHubClient, delayScaleFrom, type GitHubClient, type GitHubSettings } from '../../src/lib/github/index.ts';
import { errorLine } from './run.ts';

export function scriptGitHubClient(settings: GitHubSettings, command: string): GitHubClient {
  return createGitHubClient(settings, { onNotice: (message) => errorLine(`${command}: ${message}`), ...delayScaleFrom(process.env) });
}
