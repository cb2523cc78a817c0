/**
 * The printing support shared by forms:pdf, contract:print and the browser
 * tests: finding Chromium, serving a built folder under the site's base path,
 * and where a contract file's repository is.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractLocation } from '../../../src/lib/forms/contract-location.ts';
import { ChromiumNotFoundError, findChromium } from '../../../scripts/pdf/chromium.ts';
import { serveFolder, type ServedFolder } from '../../../scripts/pdf/serve-folder.ts';

describe('findChromium', () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path);

  it('uses CHROMIUM_PATH when set, and only it', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome');
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent' }, only('/usr/bin/chromium'))).toThrow(ChromiumNotFoundError);
  });

  it('falls back to the system Chromium and names every place it looked', () => {
    expect(findChromium({}, only('/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(() => findChromium({}, only())).toThrow(
      /No Chromium found \(looked at \/usr\/bin\/chromium-headless-shell, \/usr\/bin\/chromium, .*\)\. Install it .* or set CHROMIUM_PATH/,
    );
  });

  it('prefers the headless shell to the full browser when both are installed', () => {
    expect(findChromium({}, only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium-headless-shell');
    expect(findChromium({}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });
});

describe('serveFolder', () => {
  /** The content of a file next to (not inside) the served folder, which no answer may carry. */
  const SECRET = 'outside-the-site-7c1e';
  let outside: string;
  let root: string;
  let served: ServedFolder;

  beforeAll(async () => {
    // The served folder sits inside a folder of this test's own, so the file "outside" it is private to this run.
    outside = await mkdtemp(join(tmpdir(), 'tandem-serve-'));
    root = join(outside, 'site');
    await mkdir(join(root, 'alao', 'contract'), { recursive: true });
    await writeFile(join(root, 'alao', 'contract', 'index.html'), '<h1>form</h1>');
    await writeFile(join(root, 'style.css'), 'h1{}');
    await writeFile(join(root, '404.html'), '<h1>Page not found</h1>');
    await writeFile(join(outside, 'tandem-serve-secret.txt'), SECRET);
    served = await serveFolder(root, '/tandem/');
  });

  afterAll(async () => {
    await served.close();
    await rm(outside, { recursive: true, force: true });
  });

  it('serves the folder under the base path, folders by their index.html, on 127.0.0.1', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tandem\/$/);
    const page = await fetch(new URL('alao/contract/', served.url));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<h1>form</h1>');
    expect((await fetch(new URL('style.css', served.url))).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 outside the base path, for missing files and for paths that climb out', async () => {
    const origin = new URL(served.url).origin;
    expect(served.origin).toBe(origin);
    expect((await fetch(`${origin}/alao/contract/`)).status).toBe(404);
    expect((await fetch(new URL('missing.html', served.url))).status).toBe(404);
    for (const climb of [
      '%2e%2e/tandem-serve-secret.txt',
      '%2E%2E/tandem-serve-secret.txt',
      '%2e%2e%2ftandem-serve-secret.txt',
      'alao/%2e%2e/%2e%2e/tandem-serve-secret.txt',
    ]) {
      const response = await fetch(`${origin}/tandem/${climb}`);
      expect(response.status, climb).toBe(404);
      expect(await response.text(), climb).not.toContain(SECRET);
    }
  });

  it("answers a missing page with the site's own 404.html, as a static host does", async () => {
    const missing = await fetch(new URL('no-such-page/', served.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await missing.text()).toBe('<h1>Page not found</h1>');
  });

  it('redirects a folder URL without its trailing slash, keeping the query', async () => {
    const response = await fetch(new URL('alao/contract?x=1', served.url), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tandem/alao/contract/?x=1');
  });
});

describe('contractLocation', () => {
  it('finds the repository, program and id of a contract file', () => {
    expect(contractLocation('/home/me/tandem/content/contracts/alao/2026-lee-okafor.yaml')).toEqual({
      root: '/home/me/tandem',
      file: 'content/contracts/alao/2026-lee-okafor.yaml',
      program: 'alao',
      id: '2026-lee-okafor',
    });
  });

  it('refuses anything else', () => {
    for (const path of [
      '/home/me/tandem/content/pairings/alao/2026-lee-okafor.yaml',
      '/home/me/tandem/content/contracts/2026-lee-okafor.yaml',
      '/home/me/tandem/content/contracts/alao/2026-lee-okafor.yml',
      '/home/me/tandem/contracts/alao/2026-lee-okafor.yaml',
    ]) {
      expect(contractLocation(path), path).toBeUndefined();
    }
  });
});
