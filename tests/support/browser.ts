/**
 * Headless Chromium for the browser tests: the same system Chromium, flags and
 * CHROMIUM_PATH override as `npm run forms:pdf` (scripts/pdf/chromium.ts), so
 * no browser is downloaded and a test never reaches past 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { playwrightCore } from '../../scripts/pdf/chromium.ts';
import { OwnContextsTransport } from './own-contexts-transport.ts';

const { chromium } = playwrightCore();

/** The WCAG 2.2 AA rule sets the site must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The test run's one Chromium, started by the site project's global setup (tests/global-setup.ts)
 * with the flags `npm run forms:pdf` uses: a test file connects to it instead of starting its own,
 * straight to its DevTools endpoint (tests/support/own-contexts-transport.ts). Closing the connection
 * leaves the browser to the other files and closes this file's contexts, which are its own.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.connectOverCDP(await OwnContextsTransport.connect(inject('browserEndpoint')), {
    artifactsDir: inject('browserArtifacts'),
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
