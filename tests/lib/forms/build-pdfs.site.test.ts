/**
 * The form PDFs belong to the build: with a Chromium the built contract pages
 * link PDFs that exist; without one they link none and the build says so
 * once. Either way no built page links a PDF that is not there.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { decideFormPdfs } from '../../../scripts/pdf/build-integration.ts';
import { builtVariant } from '../../support/site-variants.ts';
import { loadContractPrograms } from '../../support/form-programs.ts';

// Programs without a written contract have no contract page and no PDF.
const programs = loadContractPrograms();

function logger() {
  const lines: string[] = [];
  return { lines, warn: (line: string) => lines.push(`warn: ${line}`), info: (line: string) => lines.push(`info: ${line}`) };
}

/** Every `href` to a .pdf in the built HTML pages of `dist`, by page. */
async function pdfLinks(dist: string): Promise<{ page: string; href: string }[]> {
  const links: { page: string; href: string }[] = [];
  for (const entry of await readdir(dist, { recursive: true })) {
    if (!entry.endsWith('.html')) continue;
    const html = await readFile(join(dist, entry), 'utf8');
    for (const match of html.matchAll(/href="([^"]+\.pdf)"/g)) links.push({ page: entry, href: match[1]! });
  }
  return links;
}

describe('deciding whether a build prints the form PDFs', () => {
  it('prints them when a Chromium is found, and says nothing', () => {
    const env: Record<string, string | undefined> = { CHROMIUM_PATH: '/opt/chromium' };
    const log = logger();
    expect(decideFormPdfs(env, log, (path) => path === '/opt/chromium')).toBe(true);
    expect(env['TANDEM_FORM_PDFS']).toBe('1');
    expect(log.lines).toEqual([]);
  });

  it('builds without them when none is found, and says so once, with what to do', () => {
    const env: Record<string, string | undefined> = {};
    const log = logger();
    expect(decideFormPdfs(env, log, () => false)).toBe(false);
    expect(env['TANDEM_FORM_PDFS']).toBe('0');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^warn: No Chromium found .*CHROMIUM_PATH.*without their "Download as PDF" links/);
  });

  it('fails when they are required (the deploy) and no browser is found', () => {
    expect(() => decideFormPdfs({ TANDEM_FORM_PDFS: 'require' }, logger(), () => false)).toThrow(/No Chromium found/);
    const env: Record<string, string | undefined> = { TANDEM_FORM_PDFS: 'require' };
    expect(decideFormPdfs(env, logger(), () => true)).toBe(true);
    expect(env['TANDEM_FORM_PDFS']).toBe('1');
  });

  it('builds without them when asked to, browser or not', () => {
    const env: Record<string, string | undefined> = { TANDEM_FORM_PDFS: '0' };
    expect(decideFormPdfs(env, logger(), () => true)).toBe(false);
    expect(env['TANDEM_FORM_PDFS']).toBe('0');
  });
});

describe('a site built with a browser (the test build)', () => {
  it('links both PDFs on every contract page, and each exists', async () => {
    const dist = inject('distDir');
    const links = await pdfLinks(dist);
    for (const program of programs) {
      const hrefs = links.filter((link) => link.page === join(program.id, 'contract', 'index.html')).map((link) => link.href);
      expect(hrefs.sort(), program.id).toEqual([`/${program.id}/contract-a4.pdf`, `/${program.id}/contract.pdf`]);
    }
    for (const link of links) expect(existsSync(join(dist, link.href)), `${link.page} -> ${link.href}`).toBe(true);
  });
});

describe('a site built without a browser', () => {
  it('has no PDF and links none, and the build says why once', { timeout: 240_000 }, async () => {
    // The real programs (ALAO and ALCTS with an intake mailbox, which changes nothing here) built with
    // CHROMIUM_PATH naming no file: the build send-by-email.site.test.ts reads too (tests/support/site-variants.ts).
    const { distDir: dist, failed, output } = await builtVariant('intake-no-browser');
    expect(failed, output.slice(-2000)).toBe(false);
    expect(output.match(/No Chromium found/g), output.slice(-2000)).toHaveLength(1);
    const files = await readdir(dist, { recursive: true });
    expect(files.filter((file) => file.endsWith('.pdf'))).toEqual([]);
    expect(await pdfLinks(dist)).toEqual([]);
    // The form itself is still there to print.
    for (const program of programs) {
      const page = await readFile(join(dist, program.id, 'contract', 'index.html'), 'utf8');
      expect(page).toContain('data-print-form');
      expect(page).not.toContain('Download as PDF');
    }
  });
});
