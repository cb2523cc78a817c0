/**
 * A fingerprint of everything a site build reads, so that the test build of an
 * unchanged tree is not built again (tests/global-setup.ts). Not a test file
 * itself.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What `astro build`, pagefind and forms:pdf read: a change to any of them builds the site again. */
export const SITE_INPUTS = [
  'src',
  'content',
  'schemas',
  'public',
  'scripts/pdf',
  'scripts/forms-pdf.ts',
  'astro.config.mjs',
  'package-lock.json',
];

/** Paths, sizes and modification times of every file under `paths`, hashed. */
export async function fingerprint(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  async function visit(path: string): Promise<void> {
    const info = await stat(path).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      for (const entry of (await readdir(path)).sort()) await visit(join(path, entry));
    } else {
      hash.update(`${path}\0${info.size}\0${info.mtimeMs}\n`);
    }
  }
  for (const path of paths) await visit(path);
  return hash.digest('hex');
}
