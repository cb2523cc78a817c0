/**
 * The setup the command tests share: a fresh GitHub-shaped server (with the
 * fixture's coordinators as collaborators) and a throw-away copy of the
 * fixture repository for every test, both removed afterwards. Fields are
 * filled in by beforeEach, so read them inside tests only.
 */
import { afterEach, beforeEach } from 'vitest';
import { GitHubTestServer } from '../../support/github-server.ts';
import { fixtureRepository } from '../../support/run-command.ts';

export interface CommandFixture {
  github: GitHubTestServer;
  repository: { root: string; remove: () => Promise<void> };
}

export function useCommandFixture(): CommandFixture {
  const fixture = {} as CommandFixture; // filled before each test runs
  beforeEach(async () => {
    fixture.github = await GitHubTestServer.start({ collaborators: { 'casey-coord': 'write', 'robin-review': 'write' } });
    fixture.repository = await fixtureRepository();
  });
  afterEach(async () => {
    await fixture.github.close();
    await fixture.repository.remove();
  });
  return fixture;
}
