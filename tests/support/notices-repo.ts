/** A temporary repository: the example programs (content/programs) with the notices fixture's pairings and contracts. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function makeNoticesRepo(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'tandem-notices-'));
  cpSync(resolve('content/programs'), join(root, 'content/programs'), { recursive: true });
  cpSync(resolve('tests/fixtures/notices/content'), join(root, 'content'), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
