/**
 * The form PDFs belong to the build: with a Chromium the built contract pages
 * link PDFs that exist; without one they link none and the build says so
 * once. Either way no built page links a PDF that is not there.
 *
 * A site built without a browser is built beside the broken copies of the
 * site in tests/site/content-errors.site.test.ts, in the one child process
 * that runs those builds: Astro's start-up, most of a build's CPU, is not paid
 * again for it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { decideFormPdfs } from '../../../scripts/pdf/build-integration.ts';
import { builtFileAt, pdfLinks, underBase } from '../../support/built-site.ts';
import { loadContractPrograms } from '../../support/form-programs.ts';

// Programs without a written contract have no contract page and no PDF.
const programs = loadContractPrograms();

function logger() {
  const lines: string[] = [];
  return { lines, warn: (line: string) => lines.push(`warn: ${line}`), info: (line: string) => lines.push(`info: ${line}`) };
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
      expect(hrefs.sort(), program.id).toEqual([underBase(`/${program.id}/contract-a4.pdf`), underBase(`/${program.id}/contract.pdf`)]);
    }
    for (const link of links) {
      const file = builtFileAt(dist, link.href);
      expect(file !== undefined && existsSync(file), `${link.page} -> ${link.href}`).toBe(true);
    }
  });
});
