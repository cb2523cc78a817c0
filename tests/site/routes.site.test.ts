/**
 * The built site has every route the content calls for, and each program's
 * pages show its guidelines in reading order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import {
  builtPages,
  contentSource,
  elements,
  inReadingOrder,
  textOf,
  underBase,
  type BuiltPage,
  type ContentSource,
} from '../support/built-site.ts';

const distDir = inject('distDir');
let content: ContentSource;
let pages: Map<string, BuiltPage>;

beforeAll(async () => {
  content = await contentSource();
  pages = new Map((await builtPages(distDir)).map((page) => [page.url, page]));
});

function page(url: string): BuiltPage {
  const found = pages.get(url);
  if (!found) throw new Error(`No built page at ${url}`);
  return found;
}

const hasNav = (built: BuiltPage, navClass: string): boolean =>
  elements(built.document, 'nav').some((element) => element.attribs['class']?.split(' ').includes(navClass) ?? false);

/** The links of the page's nav with the given class (program-sidebar, toc, pager). */
function navLinks(built: BuiltPage, navClass: string): { href: string; text: string; current: boolean }[] {
  const nav = elements(built.document, 'nav').find((element) => element.attribs['class']?.split(' ').includes(navClass));
  if (!nav) throw new Error(`${built.url} has no nav.${navClass}`);
  expect(nav.attribs['aria-label'] ?? nav.attribs['aria-labelledby'], `${built.url}: nav.${navClass} has no accessible name`).toBeTruthy();
  return DomUtils.getElementsByTagName('a', nav, true).map((a) => ({
    href: a.attribs['href'] ?? '',
    text: textOf(a),
    current: a.attribs['aria-current'] === 'page',
  }));
}

describe('content', () => {
  it('has the three programs, each with guideline pages', () => {
    expect(content.programs.map((program) => program.id).sort()).toEqual(expect.arrayContaining(['alao', 'alcts', 'cala']));
    for (const program of content.programs) {
      expect(inReadingOrder(content.guidelines, program.id).length, `${program.id} has no guideline pages`).toBeGreaterThan(0);
    }
  });
});

describe('routes', () => {
  it('builds the home page, the search page, the 404 page and the search index', () => {
    for (const url of ['/', '/search/', '/404.html']) expect(pages.has(url), url).toBe(true);
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('builds every program overview, guideline page and contract page, and no contract page for a program without a contract (ALCTS)', () => {
    for (const program of content.programs) {
      expect(pages.has(`/${program.id}/`), `/${program.id}/`).toBe(true);
      expect(pages.has(`/${program.id}/contract/`), `/${program.id}/contract/`).toBe(program.contract);
    }
    expect(content.programs.find((program) => program.id === 'alcts')?.contract).toBe(false);
    for (const guideline of content.guidelines) {
      const built = page(`/${guideline.program}/${guideline.slug}/`);
      expect(elements(built.document, 'h1').map(textOf)).toEqual([guideline.title]);
    }
  });

  it('builds no page the content does not call for', () => {
    const expected = new Set(['/', '/search/', '/404.html']);
    for (const program of content.programs) {
      for (const url of [`/${program.id}/`, ...(program.contract ? [`/${program.id}/contract/`] : []), `/${program.id}/statistics/`])
        expected.add(url);
      // The printable application form, for programs whose documents describe applying.
      if (program.applications) expected.add(`/${program.id}/application/`);
    }
    for (const guideline of content.guidelines) expected.add(`/${guideline.program}/${guideline.slug}/`);
    expect([...pages.keys()].filter((url) => !expected.has(url))).toEqual([]);
  });

  it('lists every program on the home page', () => {
    const hrefs = elements(page('/').document, 'a').map((a) => a.attribs['href']);
    for (const program of content.programs) expect(hrefs).toContain(underBase(`/${program.id}/`));
  });
});

describe('program navigation', () => {
  it("lists each program's guideline pages in order on its overview", () => {
    for (const program of content.programs) {
      const overview = page(`/${program.id}/`);
      const expected = inReadingOrder(content.guidelines, program.id).map((g) => `/${program.id}/${g.slug}/`);
      const sidebar = navLinks(overview, 'program-sidebar');
      expect(sidebar.map((link) => link.href)).toEqual(
        [`/${program.id}/`, ...expected, ...(program.contract ? [`/${program.id}/contract/`] : [])].map(underBase),
      );
      expect(sidebar.filter((link) => link.current).map((link) => link.href)).toEqual([underBase(`/${program.id}/`)]);
    }
  });

  it('marks the current guideline page in the sidebar and links its neighbours', () => {
    for (const program of content.programs) {
      const ordered = inReadingOrder(content.guidelines, program.id);
      ordered.forEach((guideline, index) => {
        const built = page(`/${program.id}/${guideline.slug}/`);
        const current = navLinks(built, 'program-sidebar').filter((link) => link.current);
        expect(current.map((link) => link.href)).toEqual([underBase(`/${program.id}/${guideline.slug}/`)]);
        const neighbours = [ordered[index - 1], ordered[index + 1]]
          .filter((g) => g !== undefined)
          .map((g) => underBase(`/${program.id}/${g.slug}/`));
        // A program with a single guideline page has no neighbours, and so no pager at all.
        if (neighbours.length === 0) {
          expect(hasNav(built, 'pager')).toBe(false);
          return;
        }
        const pager = navLinks(built, 'pager').map((link) => link.href);
        expect(pager).toEqual(neighbours);
      });
    }
  });

  it('gives guideline pages an on-page table of contents that points at their headings', () => {
    const withSections = content.guidelines.filter((g) => (g.body.match(/^## /gm) ?? []).length >= 2);
    expect(withSections.length).toBeGreaterThan(0);
    for (const guideline of withSections) {
      const built = page(`/${guideline.program}/${guideline.slug}/`);
      const toc = navLinks(built, 'toc');
      const headingIds = elements(built.document, 'h2')
        .map((h) => h.attribs['id'])
        .filter((id) => id && id !== 'toc-title');
      expect(toc.map((link) => link.href.slice(1))).toEqual(expect.arrayContaining(headingIds));
    }
  });

  it("puts every searchable page of a program under that program's search filter, the contract form included", () => {
    for (const program of content.programs) {
      const indexed = [...pages.values()].filter(
        (built) =>
          built.url.startsWith(`/${program.id}/`) &&
          DomUtils.findOne((element) => 'data-pagefind-body' in element.attribs, built.document.children, true),
      );
      const urls = indexed.map((built) => built.url);
      expect(urls).toEqual(expect.arrayContaining([`/${program.id}/`, ...(program.contract ? [`/${program.id}/contract/`] : [])]));
      expect(urls.length).toBeGreaterThan(2);
      const filters = new Set(
        indexed.map(
          (built) =>
            DomUtils.findOne((element) => 'data-pagefind-body' in element.attribs, built.document.children, true)?.attribs[
              'data-pagefind-filter'
            ],
        ),
      );
      expect([...filters], program.id).toHaveLength(1);
      expect([...filters][0], program.id).toMatch(/^program:.+/);
    }
  });
});
