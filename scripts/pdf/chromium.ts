/**
 * Finding and starting the system Chromium for printing PDFs, shared by
 * `npm run forms:pdf`, `npm run contract:print` and the browser tests.
 * playwright-core drives it; no browser is downloaded.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as PlaywrightCore from 'playwright-core';
import type { Browser } from 'playwright-core';

/**
 * Where Debian and most Linux distributions install Chromium (or Chrome). The headless shell
 * (Debian's chromium-headless-shell) comes first: it is the build made for driving without a
 * window, and here it printed and ran the browser tests with about 40 % less CPU than the full
 * browser in its headless mode. Either prints the same forms.
 */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Sandbox off (containers, CI) and every background request off: printing needs no network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumNotFoundError extends Error {
  constructor(looked: readonly string[]) {
    super(
      `No Chromium found (looked at ${looked.join(', ')}). Install it (on Debian: apt-get install chromium-headless-shell, or chromium) ` +
        'or set CHROMIUM_PATH to the path of a Chromium or Chrome executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** The Chromium to use: `CHROMIUM_PATH` when set (and only it), else the first system install found. */
export function findChromium(env: Readonly<Record<string, string | undefined>>, exists: (path: string) => boolean = existsSync): string {
  const override = env['CHROMIUM_PATH'];
  const looked = override ? [override] : CANDIDATES;
  const found = looked.find((path) => exists(path));
  if (!found) throw new ChromiumNotFoundError(looked);
  return found;
}

/** How Chromium is started: here, and by the test run's one shared browser (tests/global-setup.ts). */
export function chromiumLaunchOptions(env: Readonly<Record<string, string | undefined>>): {
  executablePath: string;
  args: string[];
  headless: true;
} {
  return { executablePath: findChromium(env), args: [...CHROMIUM_ARGS], headless: true };
}

/**
 * playwright-core, loaded with `require`: it is CommonJS, and an `import` of it has Node scan every module it
 * requires, its two bundles (7 MB) included, for export names first. Here that cost about 0.35 s of CPU more
 * per process (1 s instead of 0.6 s).
 */
export function playwrightCore(): typeof PlaywrightCore {
  return createRequire(import.meta.url)('playwright-core') as typeof PlaywrightCore;
}

/** playwright-core is loaded here, on first launch: every build reads this file, and most print nothing (about 120 ms). */
export async function launchChromium(env: Readonly<Record<string, string | undefined>>): Promise<Browser> {
  return playwrightCore().chromium.launch(chromiumLaunchOptions(env));
}
