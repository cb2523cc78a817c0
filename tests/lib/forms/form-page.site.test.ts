/**
 * The built form pages in Chromium: accessible (axe-core, WCAG 2.2 AA, on
 * screen and in print), one tiny script for the print button, the site's
 * navigation gone in print, writing lines tall enough for a pen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, describeViolations, launchBrowser, preloadAxe } from '../../support/browser.ts';
import { serveFolder, type ServedFolder } from '../../../scripts/pdf/serve-folder.ts';
import { loadContractPrograms } from '../../support/form-programs.ts';
import { SITE_BASE, underBase } from '../../support/built-site.ts';

const distDir = inject('distDir');
const programs = loadContractPrograms();
let server: ServedFolder;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The form pages as a reader without JavaScript sees them: one page, each program's form loaded in turn. */
let withoutScript: Page;

beforeAll(async () => {
  server = await serveFolder(distDir, SITE_BASE);
  browser = await launchBrowser();
  context = await browser.newContext();
  // Count print requests instead of opening the print dialog.
  await context.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  // Every form page this context opens is checked by axe-core.
  await preloadAxe(context);
  page = await context.newPage();
  withoutScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const MM = 96 / 25.4;

describe.each(programs.map((program) => [program.id, program] as const))('the %s form page', (id, program) => {
  /**
   * The form page in the given media. The tests only read the page (one clicks its print button, which
   * the page counts and nothing else): it is loaded once per program, and the media switched in place,
   * which restyles it as loading it in that media would (no script of the page looks at the media).
   */
  const open = async (media: 'screen' | 'print' = 'screen') => {
    await page.emulateMedia({ media });
    const url = `${server.url}${id}/contract/`;
    if (page.url() === url) return;
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
  };

  // The site's one accessibility check of the contract form pages: tests/site/browser.site.test.ts leaves them to this one.
  it('has no axe-core violation, on screen or in print', async () => {
    await open('screen');
    const onScreen = await accessibilityViolations(page);
    expect(onScreen, describeViolations(onScreen)).toEqual([]);
    await open('print');
    const inPrint = await accessibilityViolations(page);
    expect(inPrint, describeViolations(inPrint)).toEqual([]);
  });

  it('shows the form title as the page heading and links both PDFs', async () => {
    await open();
    expect(await page.locator('h1').allTextContents()).toEqual([program.contract.title]);
    const pdfs = await page
      .locator('a[type="application/pdf"]')
      .evaluateAll((links) => links.map((link) => [new URL((link as HTMLAnchorElement).href).pathname, link.textContent]));
    expect(pdfs).toEqual([
      [underBase(`/${id}/contract.pdf`), 'US Letter'],
      [underBase(`/${id}/contract-a4.pdf`), 'A4'],
    ]);
  });

  it("has one small inline script, whose button prints the page, and the online form's module and data", async () => {
    await open();
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ src: node.getAttribute('src'), type: node.getAttribute('type'), size: node.textContent?.length ?? 0 })),
      );
    const inline = scripts.filter((script) => script.src === null && script.type !== 'application/json');
    expect(inline).toHaveLength(1);
    expect(inline[0]?.size).toBeLessThan(300);
    // The online form (see online-form.test.ts): one bundled module and the program's data as JSON, nothing else.
    expect(scripts.filter((script) => script.src !== null).map((script) => script.type)).toEqual(['module']);
    expect(scripts.filter((script) => script.type === 'application/json')).toHaveLength(1);
    const button = page.getByRole('button', { name: 'Print this form' });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('hides the print button when JavaScript is off', async () => {
    await withoutScript.goto(`${server.url}${id}/contract/`);
    expect(await withoutScript.locator('[data-print-form]').isHidden()).toBe(true);
    expect(await withoutScript.locator('.contract-form').isVisible()).toBe(true);
  });

  it('prints the form alone: no site header, navigation, search, footer or toolbar', async () => {
    await open('print');
    // Counted with the media the page is in, in the same step: a page put back into screen media (as a second
    // DevTools connection to its browser once did: tests/support/worker-chromium.ts) fails here, not silently.
    for (const selector of ['.site-header', '.site-footer', '.form-toolbar', '.skip-link', 'nav']) {
      const { print, shown } = await page.locator(selector).evaluateAll((nodes) => ({
        print: matchMedia('print').matches,
        shown: nodes.filter((node) => node.checkVisibility()).length,
      }));
      expect(print, `${selector}: the page is in print media`).toBe(true);
      expect(shown, selector).toBe(0);
    }
    expect(await page.locator('.contract-form').isVisible()).toBe(true);
  });

  it('gives every writing line at least 9 mm and keeps each signature block whole', async () => {
    await open('print');
    // With JavaScript a blank of several rows is one ruled text area in place of its rows (see the online form): as tall as they are.
    const heights = await page
      .locator('.line__blank')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => node.checkVisibility())
          .map(
            (node) => node.getBoundingClientRect().height / Math.max(1, Number(node.querySelector('textarea')?.getAttribute('rows') ?? 1)),
          ),
      );
    expect(heights.length).toBeGreaterThan(10);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(9 * MM - 0.5);
    const breaks = await page
      .locator('.form-signatures, .signature-block')
      .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).breakInside));
    expect(breaks).toEqual(['avoid', 'avoid', 'avoid']);
  });
});
