/**
 * Each test worker's one Chromium (tests/support/browser.ts), started on the first browser test the worker
 * runs and kept for the next ones: the site project's files share their worker's modules (isolate: false in
 * vitest.config.ts), this module's browser with them. playwright stops it when the worker exits.
 *
 * One per worker, not one for the whole run shared over the DevTools Protocol: a second connection to a
 * browser is attached to every page of it, the other test files' too, and Chromium resets a page's emulated
 * media and viewport whenever any session attached to it goes away. A file's page set to print then showed
 * its screen styles midway through a test (form-page's "prints the form alone" failed so). Files in one
 * worker run one after another; the two workers' browsers never see each other's pages.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromiumLaunchOptions, playwrightCore } from '../../scripts/pdf/chromium.ts';

/**
 * JavaScript run by V8's interpreter and baseline compiler only (`--max-opt=1`): a test's page lives for a few
 * seconds, and optimizing its scripts (axe-core on every page it checks, pagefind, the online form) with Maglev
 * and TurboFan, in every new document again, cost more CPU than the optimized code saved. The scripts behave the
 * same; only their speed differs. Measured (task-clock, runs alternated): tests/site/browser.site.test.ts 25.4 s → 22.0 s
 * and 27.2 s → 24.7 s, send-by-email.site.test.ts 12.7 s → 11.9 s. With Maglev kept (`--max-opt=2`): 1.2 s less.
 */
const V8_FLAGS = '--js-flags=--max-opt=1';

/**
 * The network service in the browser process instead of a process of its own: every request of every page
 * crossed one process less. Measured: 40 page loads 7.3 s → 6.8 s of CPU, browser start the same.
 * Chromium reads only the last `--enable-features`, and playwright passes its own first: its features are
 * repeated here (startWorkerChromium checks that none is lost).
 */
const FEATURES = '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies,NetworkServiceInProcess2';

/**
 * Starts Chromium with the flags `npm run forms:pdf` uses and playwright's own (scrollbars hidden, and so on),
 * and the test browser's own (V8_FLAGS, FEATURES: they change what a page costs, not what it does).
 */
export async function startWorkerChromium(env: Readonly<Record<string, string | undefined>>): Promise<Browser> {
  const options = chromiumLaunchOptions(env);
  const before = new Set(childProcesses());
  const browser = await playwrightCore().chromium.launch({ ...options, args: [...options.args, V8_FLAGS, FEATURES] });
  const started = childProcesses().filter((pid) => !before.has(pid));
  const args = started.flatMap((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'));
  const lost = lostFeatures(args);
  if (!args.includes(FEATURES) || lost.length > 0) {
    await browser.close();
    throw new Error(
      lost.length > 0
        ? `playwright enables ${lost.join(', ')} too: add them to FEATURES (Chromium reads the last --enable-features only)`
        : `Chromium was not started with ${FEATURES}`,
    );
  }
  return browser;
}

/** The processes this one started and that still run (Linux's /proc: the browser tests run on Linux only). */
function childProcesses(): string[] {
  return readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').split(' ').filter(Boolean);
}

/** Features an earlier `--enable-features` names and the last, the one Chromium reads, leaves out. */
function lostFeatures(args: readonly string[]): string[] {
  const lists = args.filter((arg) => arg.startsWith('--enable-features=')).map((arg) => arg.slice('--enable-features='.length).split(','));
  const read = lists.at(-1) ?? [];
  return lists.flat().filter((feature) => !read.includes(feature));
}
