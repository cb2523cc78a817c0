/**
 * Headless Chromium for the browser tests: the same system Chromium, flags and
 * CHROMIUM_PATH override as `npm run forms:pdf` (scripts/pdf/chromium.ts), so
 * no browser is downloaded and a test never reaches past 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWorkerChromium } from './worker-chromium.ts';

/** The WCAG 2.2 AA rule sets the site must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let workerChromium: Promise<Browser> | undefined;

/**
 * The worker's one Chromium (tests/support/worker-chromium.ts), started with the flags `npm run forms:pdf`
 * uses, as the calling test file's own: its close() closes what the file opened through it (its contexts,
 * and the context of each browser.newPage()) and leaves the browser running for the worker's next file.
 */
export async function launchBrowser(): Promise<Browser> {
  workerChromium ??= startWorkerChromium(process.env).catch((error: unknown) => {
    workerChromium = undefined;
    throw error;
  });
  const browser = await workerChromium;
  const opened = new Set<BrowserContext>();
  const keep = (context: BrowserContext) => (opened.add(context), context);
  const handle: Pick<Browser, 'newContext' | 'newPage' | 'close' | 'contexts'> = {
    newContext: async (options) => keep(await browser.newContext(options)),
    newPage: async (options) => {
      const page = await browser.newPage(options);
      keep(page.context());
      return page;
    },
    close: async () => {
      await Promise.all([...opened].map((context) => context.close()));
      opened.clear();
    },
    contexts: () => browser.contexts().filter((context) => opened.has(context)),
  };
  // Everything else (version(), isConnected(), ...) is the browser's own.
  return new Proxy(browser, {
    get: (target, property) => {
      if (Object.hasOwn(handle, property)) return handle[property as keyof typeof handle];
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (value as (this: Browser, ...args: unknown[]) => unknown).bind(target);
    },
  });
}

/** A page in a fresh browser context of its own (its storage and routes start empty). */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** axe-core's browser bundle, read once per test file. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Gives every page the context opens axe-core from its first script on, for a context whose pages are
 * mostly checked (accessibilityViolations): the bundle crosses the protocol once and Chromium compiles it
 * once, where accessibilityViolations would send and evaluate it again on each page it checks (about
 * 100 ms of CPU a page, in Chromium and in the test). A page that is not checked pays about 35 ms for it.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it stands. axe runs in the
 * page itself on the whole document (the site has no frames), asked for
 * violations only: @axe-core/playwright's builder opens a second page for every
 * analysis to merge frame results, which made each page cost four times as much.
 */
export async function accessibilityViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    // The bundle defines `axe` on window; the page's own types know nothing of it.
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return results.violations;
}

/** One line per failing node, readable in a test failure message. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact ?? 'unknown'}): ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
      ),
    )
    .join('\n');
}
