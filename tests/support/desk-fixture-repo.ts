/** The desk's fixture repository (tests/fixtures/desk/repo), read as the validator reads a checkout. */
import { resolve } from 'node:path';
import { readRepositoryFiles, type SourceFile } from '../../src/lib/repository/read-files.ts';
import { GitHubTestServer } from './github-server.ts';

export const FIXTURE_ROOT = resolve('tests/fixtures/desk/repo');

/** The fixture's files, with `changes` applied (path -> new text, or null to leave the file out). */
export async function fixtureFiles(changes: Record<string, string | null> = {}): Promise<SourceFile[]> {
  const files = (await readRepositoryFiles(FIXTURE_ROOT)).filter((file) => !(file.path in changes));
  for (const [path, text] of Object.entries(changes)) {
    if (text !== null) files.push({ path, bytes: new TextEncoder().encode(text) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** A GitHub-shaped test server whose default branch holds the fixture repository, with the ALAO coordinator as a collaborator. */
export async function startFixtureGitHub(): Promise<GitHubTestServer> {
  const files = Object.fromEntries((await fixtureFiles()).map((file) => [file.path, new TextDecoder().decode(file.bytes)]));
  return GitHubTestServer.start({ files, collaborators: { 'alao-coordinator': 'write' } });
}
