import { createHash } from 'node:crypto';

/**
 * The object id Git gives a file's content: what GitHub reports as a file's
 * `sha`. Comparing it with the branch's tells whether the file changed
 * without downloading it.
 */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
