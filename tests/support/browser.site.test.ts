/**
 * The worker's Chromium as each test file gets it (launchBrowser): one browser for the worker, each file's
 * handle closing only what it opened, and a page's emulation left alone by what another handle does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';

const first = await launchBrowser();
const second = await launchBrowser();

afterAll(async () => {
  await first.close();
  await second.close();
});

describe('launchBrowser', () => {
  it('gives every file the same browser, and closes only the contexts its handle opened', async () => {
    expect(first.version()).toBe(second.version());
    const kept = await first.newContext();
    const closed = await second.newContext();
    const page = await second.newPage();
    expect(second.contexts()).toEqual([closed, page.context()]);
    await second.close();
    expect(second.contexts()).toEqual([]);
    expect(page.isClosed()).toBe(true);
    expect(first.contexts()).toEqual([kept]);
    expect(first.isConnected()).toBe(true);
    // The browser is still there for the next file.
    const again = await launchBrowser();
    const next = await again.newPage();
    await next.setContent('<p>still here</p>');
    expect(await next.textContent('p')).toBe('still here');
    await again.close();
  });

  it('keeps a page in print media while another handle opens and closes its own pages', async () => {
    const context = await first.newContext();
    const page = await context.newPage();
    await page.setContent('<p>x</p>');
    await page.emulateMedia({ media: 'print' });
    const other = await launchBrowser();
    const otherPage = await other.newPage();
    await otherPage.setContent('<p>y</p>');
    await other.close();
    expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
    await context.close();
  });
});
