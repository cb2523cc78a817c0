/**
 * Every built page has the structure assistive technology relies on: a
 * language, a unique title, one h1 and headings that never skip a level,
 * labelled navigation, one main landmark and a skip link that comes first.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { builtPages, elements, textOf, underBase, type BuiltPage } from '../support/built-site.ts';

const distDir = inject('distDir');
let pages: BuiltPage[];

beforeAll(async () => {
  pages = await builtPages(distDir);
  expect(pages.length, 'built pages').toBeGreaterThan(5);
});

const headingLevels = (page: BuiltPage) =>
  DomUtils.findAll((element) => /^h[1-6]$/.test(element.name), page.document.children).map((heading) => Number(heading.name.slice(1)));

describe('page structure', () => {
  it('declares the language and a unique title on every page', () => {
    const titles = new Map<string, string>();
    for (const page of pages) {
      expect(elements(page.document, 'html')[0]?.attribs['lang'], page.url).toBe('en');
      const titleElement = elements(page.document, 'title')[0];
      const title = titleElement ? textOf(titleElement) : '';
      expect(title.length, `${page.url} has an empty title`).toBeGreaterThan(0);
      expect(titles.get(title), `${page.url} has the same title as ${titles.get(title)}`).toBeUndefined();
      titles.set(title, page.url);
    }
  });

  it('has one h1 and headings that never skip a level', () => {
    for (const page of pages) {
      const levels = headingLevels(page);
      expect(
        levels.filter((level) => level === 1),
        page.url,
      ).toHaveLength(1);
      expect(levels[0], `${page.url} does not start with its h1`).toBe(1);
      levels.forEach((level, index) => {
        const previous = levels[index - 1] ?? 0;
        expect(level - previous, `${page.url}: h${level} follows h${previous}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('has header, main and footer landmarks, and names every nav', () => {
    for (const page of pages) {
      expect(elements(page.document, 'main'), page.url).toHaveLength(1);
      expect(elements(page.document, 'main')[0]?.attribs['id'], page.url).toBe('main');
      expect(elements(page.document, 'header').length, page.url).toBeGreaterThan(0);
      expect(elements(page.document, 'footer').length, page.url).toBeGreaterThan(0);
      const unnamed = elements(page.document, 'nav').filter((nav) => !nav.attribs['aria-label'] && !nav.attribs['aria-labelledby']);
      expect(unnamed.length, `${page.url} has a nav without a name`).toBe(0);
    }
  });

  it('starts every page with a skip link to the main content', () => {
    for (const page of pages) {
      const firstLink = elements(page.document, 'a')[0];
      expect(firstLink?.attribs['href'], page.url).toBe('#main');
    }
  });

  it('marks the page being read with aria-current wherever it is linked', () => {
    for (const page of pages.filter((p) => p.url.endsWith('/'))) {
      const selfLinks = elements(page.document, 'a').filter((a) => a.attribs['href'] === underBase(page.url));
      for (const link of selfLinks)
        expect(link.attribs['aria-current'], `${page.url}: a link to itself is not marked current`).toBe('page');
    }
  });
});
