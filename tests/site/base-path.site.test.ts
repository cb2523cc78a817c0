/**
 * The GitHub Pages deploy publishes the site under /<repository>/: built with
 * BASE_PATH, every internal link, asset and form carries that prefix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { builtPages, type BuiltPage } from '../support/built-site.ts';
import { BASE_PATH_UNDER_TEST as BASE, builtVariant } from '../support/site-variants.ts';

let pages: BuiltPage[];
let output: string;

beforeAll(async () => {
  // The real programs built with BASE_PATH, in a copy of the sources (tests/support/site-variants.ts).
  const result = await builtVariant('base-path');
  if (result.failed) throw new Error(`The build with BASE_PATH failed:\n${result.output}`);
  output = result.output;
  pages = await builtPages(result.distDir);
}, 180_000);

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
