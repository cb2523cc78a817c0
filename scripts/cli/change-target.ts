/**
 * Where a script's change goes: a pull request when GITHUB_TOKEN is set (the
 * settings are then required and checked) or the command runs in GitHub
 * Actions, else local mode in the current folder's Git working tree.
 */
import { readGitHubSettings, type GitHubSettingsFlags } from '../../src/lib/github/index.ts';
import { usesLocalMode } from '../../src/lib/github/settings.ts';
import type { ChangeTarget } from '../../src/lib/publish/publish-change.ts';
import { scriptGitHubClient } from './github-client.ts';
import { localGit } from './local-git.ts';

export function scriptChangeTarget(command: string, flags: GitHubSettingsFlags): ChangeTarget {
  if (usesLocalMode(process.env)) return { kind: 'local', git: localGit(process.cwd()) };
  const settings = readGitHubSettings(process.env, flags);
  return { kind: 'github', client: scriptGitHubClient(settings, command), repo: settings.repo };
}
