/**
 * The GitHub Pages deploy publishes the site under /<repository>/: built with
 * BASE_PATH, every internal link, asset and form carries that prefix.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { builtPages, childBuildEnv, type BuiltPage } from './built-site.ts';

const run = promisify(execFile);
const BASE = '/tandem-under-test/';
let outDir: string;
let pages: BuiltPage[];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'tandem-base-'));
  const env = childBuildEnv({ TANDEM_OUT_DIR: outDir, BASE_PATH: BASE.slice(0, -1) });
  await run(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { env, maxBuffer: 16 * 1024 * 1024 });
  pages = await builtPages(outDir);
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Root-relative URLs in href, src and action attributes (relative and external ones are left out). */
function rootRelativeUrls(page: BuiltPage): string[] {
  return DomUtils.findAll(() => true, page.document.children).flatMap((element) =>
    ['href', 'src', 'action'].map((name) => element.attribs[name]).filter((url): url is string => url?.startsWith('/') === true && !url.startsWith('//')),
  );
}

describe(`a build with BASE_PATH=${BASE.slice(0, -1)}`, () => {
  it('prefixes every root-relative link, asset and form action', () => {
    expect(pages.length).toBeGreaterThan(5);
    const unprefixed = pages.flatMap((page) => rootRelativeUrls(page).filter((url) => !url.startsWith(BASE)).map((url) => `${page.url}: ${url}`));
    expect(unprefixed).toEqual([]);
    expect(pages.flatMap(rootRelativeUrls).length).toBeGreaterThan(pages.length * 3);
  });

  it('tells the search page where pagefind lives', () => {
    const search = pages.find((page) => page.url === '/search/');
    const form = search && DomUtils.findOne((element) => element.attribs['id'] === 'search-form', search.document.children);
    expect(form?.attribs['data-base']).toBe(BASE);
  });
});
