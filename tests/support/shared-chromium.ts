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
 * Starts Chromium with the flags `npm run forms:pdf` uses and playwright's own (scrollbars hidden, and so on),
 * and a DevTools port: a test file talks to the browser directly, where a playwright browser server
 * relayed every message through the vitest main process (about 7 s of CPU a run, in the main process and in Chromium).
 */
export async function startSharedChromium(env: Readonly<Record<string, string | undefined>>): Promise<SharedChromium> {
  const options = chromiumLaunchOptions(env);
  // Port 0: Chromium picks a free one and writes it, with the browser's path, to DevToolsActivePort in its profile.
  // The server (not a plain launch) for its process, whose arguments name the profile playwright made.
  const server = await playwrightCore().chromium.launchServer({ ...options, args: [...options.args, '--remote-debugging-port=0'] });
  try {
    const profile = server
      .process()
      .spawnargs.find((arg) => arg.startsWith('--user-data-dir='))
      ?.slice('--user-data-dir='.length);
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

/** The port and browser path Chromium writes once its DevTools server listens: playwright waited for that line on stderr, which comes first. */
async function activePort(file: string): Promise<[string, string]> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [port, path] = (await readFile(file, 'utf8').catch(() => '')).split('\n');
    if (port && path) return [port, path];
    await sleep(50);
  }
  throw new Error(`Chromium wrote no DevTools port to ${file}`);
}
