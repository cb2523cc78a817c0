/**
 * The built site in a real browser (Debian's Chromium): search works, axe-core
 * finds no WCAG 2.2 AA violation on any page, the skip link is the first stop
 * of the keyboard, and guideline pages load no script.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, describeViolations, launchBrowser, openPage, preloadAxe } from '../support/browser.ts';
import { serveFolder, type ServedFolder } from '../../scripts/pdf/serve-folder.ts';
import { SITE_BASE, builtPages, contentSource, underBase, type GuidelineSource } from '../support/built-site.ts';

const distDir = inject('distDir');
let server: ServedFolder;
let browser: Browser;
let page: Page;
let urls: string[];
let guidelines: GuidelineSource[];
let programs: { id: string; name: string; contract: boolean }[];

beforeAll(async () => {
  server = await serveFolder(distDir, SITE_BASE);
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  urls = (await builtPages(distDir)).map((built) => built.url);
  ({ guidelines, programs } = await contentSource());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A word of a guideline page's title long enough to be distinctive. */
function searchWordFor(guideline: GuidelineSource): string {
  const words = guideline.title.split(/[^A-Za-z]+/).filter((word) => word.length >= 5);
  return words.sort((a, b) => b.length - a.length)[0] ?? guideline.title;
}

describe('search', () => {
  it('finds a guideline page by a word of its title, with a count in a live region', async () => {
    const target = guidelines[0];
    if (!target) throw new Error('No guideline pages');
    const word = searchWordFor(target);
    await page.goto(`${server.url}search/?q=${encodeURIComponent(word)}`);
    const results = page.locator('#search-results a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(underBase(`/${target.program}/${target.slug}/`));
    const status = page.locator('#search-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^\d+ pages? found for/);
    expect(await page.locator('#search-q').inputValue()).toBe(word);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
  });

  it('narrows the results to one program', async () => {
    const program = programs.find((p) => p.id === 'cala') ?? programs[0];
    if (!program) throw new Error('No programs');
    await page.goto(`${server.url}search/`);
    const option = page.locator('#search-program option', { hasText: program.name });
    const value = await option.getAttribute('value');
    if (!value) throw new Error(`The program menu has no option for ${program.name}`);
    await page.goto(`${server.url}search/?q=mentor&program=${encodeURIComponent(value)}`);
    await page.locator('#search-results a').first().waitFor();
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(underBase(`/${program.id}/`)), href).toBe(true);
    expect(await page.locator('#search-program').inputValue()).toBe(value);
  });

  it("finds a program's contract form when the search is narrowed to that program", async () => {
    // Programs without a written contract (ALCTS) have no contract form to find.
    for (const program of programs.filter((candidate) => candidate.contract)) {
      await page.goto(`${server.url}search/`);
      const value = await page.locator('#search-program option', { hasText: program.name }).getAttribute('value');
      if (!value) throw new Error(`The program menu has no option for ${program.name}`);
      await page.goto(`${server.url}search/?q=signature&program=${encodeURIComponent(value)}`);
      await page.locator('#search-results a').first().waitFor();
      const hrefs = await page
        .locator('#search-results a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs, program.id).toContain(underBase(`/${program.id}/contract/`));
    }
  });

  it('loads the first 5 results, in room held from the first paint, and 5 more on request', async () => {
    // Slow the fragments down, to look at the page before any result arrives.
    await page.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${server.url}search/?q=mentor`, { waitUntil: 'domcontentloaded' });
    const list = page.locator('#search-results');
    // Held from the first paint (an inline script), so results do not push the footer down.
    expect(await list.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(300);
    await list.locator('a').first().waitFor();
    await page.unroute('**/pagefind/fragment/**');
    expect(await list.locator('li').count()).toBe(5);
    const footerBefore = await page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().top);
    expect(await page.locator('#search-status').textContent()).toMatch(/pages found for “mentor”; 5 shown\.$/);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await expect.poll(() => list.locator('li').count()).toBeGreaterThan(5);
    expect(await list.locator('li').count()).toBeLessThanOrEqual(10);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[5])).toBe(
      true,
    );
    expect(footerBefore).toBeGreaterThan(0);
  });

  it('says so when nothing matches', async () => {
    await page.goto(`${server.url}search/?q=zzqxjvw`);
    // Pagefind loads its index on the first search: on a busy machine that takes more than the poll's default second.
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/^No pages found for/);
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('is reached from the header form of a guideline page', async () => {
    const target = guidelines[0];
    if (!target) throw new Error('No guideline pages');
    await page.goto(`${server.url}${target.program}/${target.slug}/`);
    await page.getByLabel('Search the guidelines').fill(searchWordFor(target));
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.getByRole('button', { name: 'Search' }).click()]);
    await page.locator('#search-results a').first().waitFor();
  });
});

describe('guideline pages in the browser', () => {
  it('load only HTML, CSS and the icon: no script, no search index', async () => {
    const target = guidelines[0];
    if (!target) throw new Error('No guideline pages');
    const { context, page: fresh } = await openPage(browser);
    const loaded: string[] = [];
    fresh.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await fresh.goto(`${server.url}${target.program}/${target.slug}/`, { waitUntil: 'networkidle' });
    await context.close();
    expect(loaded.filter((path) => /\.(m?js|wasm)$|\/pagefind\//.test(path))).toEqual([]);
  });
});

describe('print', () => {
  it('prints a guideline page without navigation, in a serif face, with external link addresses', async () => {
    const target = guidelines[0];
    if (!target) throw new Error('No guideline pages');
    await page.goto(`${server.url}${target.program}/${target.slug}/`);
    await page.emulateMedia({ media: 'print' });
    try {
      for (const selector of ['.site-search', '.program-nav', '.page__sidebar', '.toc', '.pager', '.site-footer nav']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('main h1').isVisible()).toBe(true);
      const font = await page.locator('main').evaluate((main) => getComputedStyle(main).fontFamily);
      expect(font).toMatch(/Georgia|Times|serif/);
      const shownAddress = await page.evaluate(() => {
        const external = document.createElement('a');
        external.href = 'https://example.org/guide';
        external.textContent = 'a guide';
        document.querySelector('main article')?.append(external);
        return getComputedStyle(external, '::after').content;
      });
      expect(shownAddress).toContain('https://example.org/guide');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('keyboard', () => {
  it('stops first on the skip link, which moves focus to the main content', async () => {
    const target = guidelines[0];
    if (!target) throw new Error('No guideline pages');
    await page.goto(`${server.url}${target.program}/${target.slug}/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first).toEqual({ text: 'Skip to main content', href: '#main' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });
});

describe('accessibility', () => {
  // A context of its own, whose pages all carry axe-core from the start: every page it opens is checked.
  let checked: Page;
  beforeAll(async () => {
    const context = await browser.newContext();
    await preloadAxe(context);
    checked = await context.newPage();
  });
  afterAll(() => checked?.context().close());

  it('has no WCAG 2.2 AA violation that axe-core finds, on any built page', async () => {
    expect(urls.length).toBeGreaterThan(5);
    // The contract form pages get the same check, on screen and in print, in tests/lib/forms/form-page.site.test.ts
    // (every program with a contract): the two heaviest pages of the site are not checked twice.
    const formPages = programs.filter((program) => program.contract).map((program) => `/${program.id}/contract/`);
    expect(formPages.filter((url) => !urls.includes(url))).toEqual([]);
    const report: string[] = [];
    for (const url of urls.filter((candidate) => !formPages.includes(candidate))) {
      await checked.goto(`${server.origin}${underBase(url === '/404.html' ? '/no-such-page/' : url)}`);
      const violations = await accessibilityViolations(checked);
      if (violations.length > 0) report.push(`${url}:\n${describeViolations(violations)}`);
    }
    expect(report.join('\n\n')).toBe('');
  }, 180_000);

  it('is a check that can fail: a nameless image and button on a built page are reported', async () => {
    const target = guidelines[0];
    if (!target) throw new Error('No guideline pages');
    await checked.goto(`${server.url}${target.program}/${target.slug}/`);
    await checked.evaluate(() => {
      const article = document.querySelector('main article');
      article?.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }), document.createElement('button'));
    });
    const found = new Set((await accessibilityViolations(checked)).map((violation) => violation.id));
    expect([...found].sort()).toEqual(['button-name', 'image-alt']);
  });

  it('has no violation on the search page once results are shown', async () => {
    await checked.goto(`${server.url}search/?q=mentor`);
    await checked.locator('#search-results a').first().waitFor();
    expect(describeViolations(await accessibilityViolations(checked))).toBe('');
  });
});
