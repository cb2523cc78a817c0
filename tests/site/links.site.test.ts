/**
 * No internal link of the built site is broken: every same-site href, src and
 * form action of every HTML page resolves to a built file, and every #fragment
 * to an element with that id on the target page.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { builtFileAt, builtPages, underBase, type BuiltPage } from '../support/built-site.ts';

const distDir = inject('distDir');
/** Where the pages think they live: under the test build's base path, on this origin; `site` (canonical URLs) is SITE_ORIGIN. */
const LOCAL_ORIGIN = 'http://site.invalid';
const SITE_ORIGIN = new URL(process.env['SITE_URL'] ?? 'https://tandem.example').origin;

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

let pages: BuiltPage[];
let pagesByUrl: Map<string, BuiltPage>;

beforeAll(async () => {
  pages = await builtPages(distDir);
  pagesByUrl = new Map(pages.map((page) => [underBase(page.url), page]));
});

/** The built file a URL path is served from, or undefined when there is none (outside the base path, too). */
function fileFor(pathname: string): string | undefined {
  const path = builtFileAt(distDir, pathname);
  if (path === undefined) return undefined;
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

function idsOf(page: BuiltPage): Set<string> {
  const ids = DomUtils.findAll(
    (element) => element.attribs['id'] !== undefined || element.attribs['name'] !== undefined,
    page.document.children,
  );
  return new Set(ids.flatMap((element) => [element.attribs['id'], element.attribs['name']].filter((id): id is string => id !== undefined)));
}

interface Link {
  page: string;
  raw: string;
  url: URL;
}

function sameSiteLinks(page: BuiltPage): Link[] {
  const links: Link[] = [];
  const base = new URL(underBase(page.url), LOCAL_ORIGIN);
  for (const [tag, attributes] of Object.entries(LINK_ATTRIBUTES)) {
    for (const element of DomUtils.getElementsByTagName(tag, page.document, true)) {
      for (const attribute of attributes) {
        const raw = element.attribs[attribute];
        if (raw === undefined) continue;
        const url = new URL(raw, base);
        if (url.origin === LOCAL_ORIGIN || url.origin === SITE_ORIGIN) links.push({ page: page.url, raw, url });
      }
    }
  }
  return links;
}

describe('internal links', () => {
  it('finds links to check on every page', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(sameSiteLinks(page).length, page.url).toBeGreaterThan(3);
  });

  it('resolve to built files and existing #fragments', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of sameSiteLinks(page)) {
        const file = fileFor(link.url.pathname);
        if (!file) {
          broken.push(`${link.page}: ${link.raw} (no file for ${link.url.pathname})`);
          continue;
        }
        const fragment = decodeURIComponent(link.url.hash.slice(1));
        if (!fragment) continue;
        const target = pagesByUrl.get(link.url.pathname);
        if (!target || !idsOf(target).has(fragment)) broken.push(`${link.page}: ${link.raw} (no element with id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('link pages with the trailing slash the site is built for', () => {
    const withoutSlash = pages.flatMap((page) =>
      sameSiteLinks(page)
        .filter((link) => !/\.[a-z0-9]+$/i.test(link.url.pathname) && !link.url.pathname.endsWith('/'))
        .map((link) => `${link.page}: ${link.raw}`),
    );
    expect(withoutSlash).toEqual([]);
  });
});
