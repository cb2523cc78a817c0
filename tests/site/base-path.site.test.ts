/**
 * The GitHub Pages deploy publishes the site under /<repository>/: built with
 * BASE_PATH, every internal link, asset and form carries that prefix. The
 * shared test build is built that way (tests/global-setup.ts): these checks
 * read it, and what its `astro build` printed.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { SITE_BASE as BASE, builtPages, type BuiltPage } from '../support/built-site.ts';

let pages: BuiltPage[];
let output: string;

beforeAll(async () => {
  output = await readFile(inject('buildLog'), 'utf8');
  pages = await builtPages(inject('distDir'));
});

/** Root-relative URLs in href, src and action attributes (relative and external ones are left out). */
function rootRelativeUrls(page: BuiltPage): string[] {
  return DomUtils.findAll(() => true, page.document.children).flatMap((element) =>
    ['href', 'src', 'action']
      .map((name) => element.attribs[name])
      .filter((url): url is string => url?.startsWith('/') === true && !url.startsWith('//')),
  );
}

describe(`a build with BASE_PATH=${BASE.slice(0, -1)}`, () => {
  it('prints no error and no warning', () => {
    // What the build printed, to its last line.
    expect(output).toMatch(/\[build\] Complete!/);
    expect(output).not.toMatch(/error/i);
    expect(output).not.toMatch(/warn/i);
  });

  it('prefixes every root-relative link, asset and form action', () => {
    expect(pages.length).toBeGreaterThan(5);
    const unprefixed = pages.flatMap((page) =>
      rootRelativeUrls(page)
        .filter((url) => !url.startsWith(BASE))
        .map((url) => `${page.url}: ${url}`),
    );
    expect(unprefixed).toEqual([]);
    expect(pages.flatMap(rootRelativeUrls).length).toBeGreaterThan(pages.length * 3);
  });

  it('tells the search page where pagefind lives', () => {
    const search = pages.find((page) => page.url === '/search/');
    const form = search && DomUtils.findOne((element) => element.attribs['id'] === 'search-form', search.document.children);
    expect(form?.attribs['data-base']).toBe(BASE);
  });
});
