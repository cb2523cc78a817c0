/**
 * A content hash of what a built form page prints from: its HTML as the
 * printer sees it and every local stylesheet, font and image it loads (with
 * what those stylesheets load in turn). Links to other pages and to the PDFs
 * themselves are not part of it. src/lib/forms/print-inputs.ts finds them.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pageReferences, printedHtml, stylesheetReferences } from '../../src/lib/forms/print-inputs.ts';

/** `/`, or `/tandem/` for a site under a sub-path: Astro's `base` with one slash at each end. */
function basePrefix(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Files that never change a printed page: other pages and the PDFs themselves. */
const NOT_PRINTED = new Set(['.pdf', '.html']);

/**
 * `page` is the form page's URL path under the base, for example `alao/contract/`;
 * its HTML is `<dist>/<page>index.html`.
 */
export async function formPageFingerprint(dist: string, base: string, page: string): Promise<string> {
  const prefix = basePrefix(base);
  const origin = 'http://site.invalid';
  const hash = createHash('sha256');
  const html = await readFile(join(dist, page, 'index.html'), 'utf8');
  hash.update(`page\0${page}\0`).update(printedHtml(html));
  const seen = new Set<string>();
  const queue: { url: string; from: string }[] = pageReferences(html).map((url) => ({ url, from: `${prefix}${page}` }));
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const pathname = new URL(url, origin + from).pathname;
    if (seen.has(pathname) || !pathname.startsWith(prefix) || NOT_PRINTED.has(extname(pathname).toLowerCase())) continue;
    seen.add(pathname);
    const file = join(dist, decodeURIComponent(pathname.slice(prefix.length)));
    const info = await stat(file).catch(() => undefined);
    // A folder is a link to another page; a missing file is recorded, so that its arrival changes the hash.
    if (info?.isDirectory()) continue;
    if (!info?.isFile()) {
      hash.update(`\0missing\0${pathname}\0`);
      continue;
    }
    const content = await readFile(file);
    hash.update(`\0file\0${pathname}\0${content.length}\0`).update(content);
    if (extname(pathname).toLowerCase() === '.css') {
      for (const next of stylesheetReferences(content.toString('utf8'))) queue.push({ url: next, from: pathname });
    }
  }
  return hash.digest('hex');
}
