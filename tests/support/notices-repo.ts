/** A temporary repository: the example programs (content/programs) with the notices fixture's pairings and contracts. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { snapshotFolder } from './folder-snapshot.ts';

export function makeNoticesRepo(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'tandem-notices-'));
  cpSync(resolve('content/programs'), join(root, 'content/programs'), { recursive: true });
  cpSync(resolve('tests/fixtures/notices/content'), join(root, 'content'), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The same repository, made once for a test file: `reset` (after each test) puts back whatever a test
 * wrote, changed or removed in it, which costs far less than a new copy per test.
 */
export function reusableNoticesRepo(): { root: string; reset(): void; remove(): void } {
  const repo = makeNoticesRepo();
  return { ...repo, reset: snapshotFolder(repo.root) };
}
