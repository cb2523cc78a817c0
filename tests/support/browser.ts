/**
 * Headless Chromium for the browser tests: the same system Chromium, flags and
 * CHROMIUM_PATH override as `npm run forms:pdf` (scripts/pdf/chromium.ts), so
 * no browser is downloaded and a test never reaches past 127.0.0.1.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/pdf/chromium.ts';

/** The WCAG 2.2 AA rule sets the site must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchBrowser(): Promise<Browser> {
  return launchChromium(process.env);
}

/** A page in a fresh browser context (axe-core needs one it can open more pages in). */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** axe-core's WCAG 2.2 AA violations on the page as it stands. */
export async function accessibilityViolations(page: Page): Promise<Result[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
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
