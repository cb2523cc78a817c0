/**
 * The test run's one Chromium (tests/global-setup.ts), reached by the test files over the
 * Chrome DevTools Protocol (tests/support/browser.ts).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { chromiumLaunchOptions, playwrightCore } from '../../scripts/pdf/chromium.ts';

export interface SharedChromium {
  /** The browser's DevTools WebSocket, for `chromium.connectOverCDP`. */
  endpoint: string;
  /**
   * Where the connections keep their downloads: in the browser's profile, which goes with the browser, also
   * when a run is interrupted (a connection's own temporary folder would stay behind when its worker is killed).
   */
  artifactsDir: string;
  close(): Promise<void>;
}

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
 * repeated here (startSharedChromium checks that none is lost).
 */
const FEATURES = '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies,NetworkServiceInProcess2';

/**
 * Starts Chromium with the flags `npm run forms:pdf` uses and playwright's own (scrollbars hidden, and so on),
 * the test browser's own (V8_FLAGS, FEATURES: they change what a page costs, not what it does), and a DevTools
 * port: a test file talks to the browser directly, where a playwright browser server relayed every message
 * through the vitest main process (about 7 s of CPU a run, in the main process and in Chromium).
 */
export async function startSharedChromium(env: Readonly<Record<string, string | undefined>>): Promise<SharedChromium> {
  const options = chromiumLaunchOptions(env);
  // Port 0: Chromium picks a free one and writes it, with the browser's path, to DevToolsActivePort in its profile.
  // The server (not a plain launch) for its process, whose arguments name the profile playwright made.
  const server = await playwrightCore().chromium.launchServer({
    ...options,
    args: [...options.args, V8_FLAGS, FEATURES, '--remote-debugging-port=0'],
  });
  try {
    const { spawnargs } = server.process();
    const lost = lostFeatures(spawnargs);
    if (lost.length > 0)
      throw new Error(`playwright enables ${lost.join(', ')} too: add them to FEATURES (Chromium reads the last --enable-features only)`);
    const profile = spawnargs.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    if (!profile) throw new Error('Chromium was started without a --user-data-dir');
    const [port, path] = await activePort(join(profile, 'DevToolsActivePort'));
    const artifactsDir = join(profile, 'test-artifacts');
    await mkdir(artifactsDir);
    return { endpoint: `ws://127.0.0.1:${port}${path}`, artifactsDir, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Features an earlier `--enable-features` names and the last, the one Chromium reads, leaves out. */
function lostFeatures(args: readonly string[]): string[] {
  const lists = args.filter((arg) => arg.startsWith('--enable-features=')).map((arg) => arg.slice('--enable-features='.length).split(','));
  const read = lists.at(-1) ?? [];
  return lists.flat().filter((feature) => !read.includes(feature));
}

/** The port and browser path Chromium writes once its DevTools server listens: playwright waited for that line on stderr, which comes first. */
async function activePort(file: string): Promise<[string, string]> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [port, path] = (await readFile(file, 'utf8').catch(() => '')).split('\n');
    if (port && path) return [port, path];
    await sleep(50);
  }
  throw new Error(`Chromium wrote no DevTools port to ${file}`);
}
