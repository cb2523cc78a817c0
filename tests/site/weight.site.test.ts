/**
 * Guideline pages stay light: no client JavaScript at all, and at most 20 KB
 * gzip of HTML, CSS and JS together (the page and everything it references).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtFileAt, builtPages, contentSource, elements, type BuiltPage } from '../support/built-site.ts';

const distDir = inject('distDir');
const BUDGET_BYTES = 20 * 1024;

let guidelinePages: BuiltPage[];
let otherReadingPages: BuiltPage[];

beforeAll(async () => {
  const { guidelines, programs } = await contentSource();
  const pages = new Map((await builtPages(distDir)).map((page) => [page.url, page]));
  const pick = (url: string) => {
    const page = pages.get(url);
    if (!page) throw new Error(`No built page at ${url}`);
    return page;
  };
  guidelinePages = guidelines.map((g) => pick(`/${g.program}/${g.slug}/`));
  otherReadingPages = ['/', '/404.html', ...programs.map((p) => `/${p.id}/`)].map(pick);
});

/** The same-site CSS and JS files a page loads (stylesheets, scripts, module preloads). */
function referencedAssets(page: BuiltPage): string[] {
  const hrefs = [
    ...elements(page.document, 'link')
      .filter((link) => /\b(stylesheet|modulepreload|preload)\b/.test(link.attribs['rel'] ?? ''))
      .map((link) => link.attribs['href']),
    ...elements(page.document, 'script').map((script) => script.attribs['src']),
  ];
  return hrefs.filter((href): href is string => href !== undefined && href.startsWith('/'));
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes).length;

function pageWeight(page: BuiltPage): { total: number; parts: string[] } {
  let total = gzipSize(Buffer.from(page.html));
  const parts = [`html ${total}`];
  for (const href of referencedAssets(page)) {
    const file = builtFileAt(distDir, href);
    if (file === undefined) throw new Error(`${page.url} loads ${href}, outside the base path`);
    const size = gzipSize(readFileSync(file));
    total += size;
    parts.push(`${href} ${size}`);
  }
  return { total, parts };
}

describe('guideline page weight', () => {
  it('loads at most 20 KB gzip of HTML, CSS and JS', () => {
    expect(guidelinePages.length).toBeGreaterThan(0);
    for (const page of guidelinePages) {
      const { total, parts } = pageWeight(page);
      expect(total, `${page.url}: ${parts.join(', ')}`).toBeLessThanOrEqual(BUDGET_BYTES);
    }
  });

  it('has a stylesheet (so the budget counts it)', () => {
    for (const page of guidelinePages) {
      const styled = referencedAssets(page).some((href) => href.endsWith('.css')) || elements(page.document, 'style').length > 0;
      expect(styled, page.url).toBe(true);
    }
  });

  it('runs no client JavaScript on guideline, overview, home and 404 pages', () => {
    for (const page of [...guidelinePages, ...otherReadingPages]) {
      expect(elements(page.document, 'script').length, `${page.url} has a <script>`).toBe(0);
      expect(/\son[a-z]+=/i.test(page.html), `${page.url} has an inline event handler`).toBe(false);
    }
  });
});
