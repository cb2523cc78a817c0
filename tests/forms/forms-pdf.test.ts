/**
 * `npm run forms:pdf` on a copy of the built site: one Letter and one A4 PDF
 * per program, each one or two pages, with the form's labels as real text
 * and the program's name and revision date in the footer of every page.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractFormModel } from '../../src/lib/forms/contract-form.ts';
import { formatDate } from '../../src/lib/forms/format-date.ts';
import { allFields, loadPrograms } from './programs.ts';
import { isPaperSize, readPdf } from './pdf-text.ts';

const run = promisify(execFile);
/** A run starts tsx and Chromium: slow on a shared, busy machine. */
const SLOW = { timeout: 180_000 };
const programs = loadPrograms();
let site: string;
let printed: { stdout: string; stderr: string };

/** Runs the script like `npm run forms:pdf` does; resolves with its exit code and output whatever the code. */
async function formsPdf(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return run('npx', ['tsx', 'scripts/forms-pdf.ts', ...args], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** A copy of the test build without the form PDFs (the test build prints them too). */
async function copyOfBuiltSite(prefix: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), prefix));
  await cp(inject('distDir'), copy, { recursive: true, filter: (source) => !/contract(-a4)?\.pdf$/.test(source) });
  return copy;
}

beforeAll(async () => {
  site = await copyOfBuiltSite('tandem-forms-pdf-');
  const result = await formsPdf(['--dist', site]);
  expect(result.code, result.stderr).toBe(0);
  printed = result;
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

/** Text as pdfjs returns it may split runs: compare without spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.each(programs.flatMap((program) => (['letter', 'a4'] as const).map((paper) => [program.id, paper, program] as const)))(
  'the %s form on %s',
  (id, paper, program) => {
    const file = () => join(site, id, paper === 'letter' ? 'contract.pdf' : 'contract-a4.pdf');

    it('is one or two pages of the right size', async () => {
      const pdf = await readPdf(await readFile(file()));
      expect(pdf.sizes.length).toBeGreaterThanOrEqual(1);
      expect(pdf.sizes.length).toBeLessThanOrEqual(2);
      for (const size of pdf.sizes) expect(isPaperSize(size, paper), `${size.join(' x ')} pt`).toBe(true);
    });

    it('holds every label and option as text', async () => {
      const text = squeeze((await readPdf(await readFile(file()))).text);
      const model = contractFormModel(program);
      for (const field of allFields(model)) {
        expect(text).toContain(squeeze(field.label));
        if (field.type === 'choices') for (const option of field.options) expect(text).toContain(squeeze(option.label));
        if (field.type === 'numbered') for (const item of field.items) expect(text).toContain(squeeze(item.label));
      }
      expect(text).toContain(squeeze(program.contract.title));
      expect(text).toContain(squeeze(program.contract.statement));
      expect(text).not.toContain('Printthisform');
      expect(text).not.toContain('Skiptomaincontent');
    });

    it("has the program's name and the form's revision date in every page's footer", async () => {
      const pdf = await readPdf(await readFile(file()));
      pdf.pages.forEach((page, index) => {
        expect(squeeze(page)).toContain(squeeze(`${program.name} · ${program.contract.title} · form revised ${formatDate(program.contract.revised)}`));
        expect(squeeze(page)).toContain(squeeze(`Page ${index + 1} of ${pdf.pages.length}`));
      });
    });

    it('is tagged, in English, with an outline of its headings (pdfinfo and the catalog)', async () => {
      const { stdout } = await run('pdfinfo', [file()]);
      expect(stdout).toMatch(/^Tagged:\s+yes$/m);
      const raw = (await readFile(file())).toString('latin1');
      expect(raw).toMatch(/\/Lang\s*\(en\)/);
      expect(raw).toMatch(/\/Outlines\s+\d+ 0 R/);
      const { stdout: outline } = await run('pdfinfo', ['-struct', file()]);
      expect(outline).toMatch(/\bH1\b/);
    });

    it('has room for the pairing id at the top of every page', async () => {
      const pdf = await readPdf(await readFile(file()));
      for (const page of pdf.pages) expect(page).toMatch(/Pairing id: _{10,}/);
    });

    it('is reported on the console', () => {
      expect(printed.stdout).toContain(file());
    });
  },
);

describe('forms:pdf when it cannot run', () => {
  it('says clearly that no Chromium was found and exits 2, writing nothing', SLOW, async () => {
    const empty = await copyOfBuiltSite('tandem-forms-nochromium-');
    expect(await stat(join(empty, 'alao', 'contract', 'index.html'))).toBeTruthy();
    const result = await formsPdf(['--dist', empty], { ...process.env, CHROMIUM_PATH: '/nonexistent' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No Chromium found (looked at /nonexistent)');
    expect(result.stderr).toContain('CHROMIUM_PATH');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(stat(join(empty, 'alao', 'contract.pdf'))).rejects.toThrow();
    await rm(empty, { recursive: true, force: true });
  });

  it('asks for a build when the site has not been built', SLOW, async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tandem-forms-nobuild-'));
    const result = await formsPdf(['--dist', empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has no contract form for alao, alcts, cala: run npm run build first/);
    await rm(empty, { recursive: true, force: true });
  });
});
