/**
 * `npm run forms:pdf` on the test build: one Letter and one A4 PDF per
 * program, each one or two pages, with the form's labels as real text and the
 * program's name and form revision in the footer of every page.
 *
 * The PDFs are the ones the test build printed: tests/global-setup.ts runs
 * the real `node scripts/forms-pdf.ts --dist <test build>` (as the deploy
 * does after its build) and keeps what it printed; printing them again here
 * would start Chromium once more for the same result. The cases where it
 * cannot run call the script's main in this process.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../../scripts/forms-pdf.ts';
import { contractFormModel } from '../../../src/lib/forms/contract-form.ts';
import { runMain } from '../../support/run-main.ts';
import { allFields, loadContractPrograms } from '../../support/form-programs.ts';
import { isPaperSize, readPdf } from './pdf-text.ts';
import { badListItems, readWithPdfinfo } from './pdf-structure.ts';

/** poppler's pdfinfo, to read a PDF's tagging and structure. */
const run = promisify(execFile);

// Programs without a written contract (ALCTS) have no form to print.
const programs = loadContractPrograms();
const site = inject('distDir');
let printed: string;

/** A copy of the test build without the form PDFs. */
async function copyOfBuiltSite(prefix: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), prefix));
  await cp(site, copy, { recursive: true, filter: (source) => !/contract(-a4)?\.pdf$/.test(source) && !source.includes('/pagefind') });
  return copy;
}

beforeAll(async () => {
  printed = await readFile(inject('formsPdfLog'), 'utf8');
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
      if (program.contract.statement) expect(text).toContain(squeeze(program.contract.statement));
      expect(text).not.toContain('Printthisform');
      expect(text).not.toContain('Skiptomaincontent');
    });

    it("has the program's name and the form's revision in every page's footer", async () => {
      const pdf = await readPdf(await readFile(file()));
      pdf.pages.forEach((page, index) => {
        expect(squeeze(page)).toContain(
          squeeze(
            `${program.name} · ${program.contract.title}${program.contract.revision ? ` · form revision ${program.contract.revision.id}` : ''}`,
          ),
        );
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

    it('meets PDF/UA-1 where Chromium alone does not: XMP dc:title and pdfuaid:part, list items with a body', async () => {
      const pdf = await readWithPdfinfo(file());
      expect(pdf.xmp).toContain(`<rdf:li xml:lang="x-default">${pdf.title!.replace(/&/g, '&amp;')}</rdf:li>`);
      expect(pdf.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(pdf.tree.length).toBeGreaterThan(0);
      expect(badListItems(pdf.tree)).toEqual([]);
      expect(pdf.complaints).toBe('');
      expect((await readFile(file())).toString('latin1')).toMatch(/\/DisplayDocTitle\s+true/);
    });

    it('has room for the pairing id at the top of every page', async () => {
      const pdf = await readPdf(await readFile(file()));
      for (const page of pdf.pages) expect(page).toMatch(/Pairing id: _{10,}/);
    });

    it('is reported on the console', () => {
      expect(printed).toContain(file());
    });
  },
);

describe('forms:pdf when it cannot run', () => {
  it('says clearly that no Chromium was found and exits 2, writing nothing', async () => {
    const empty = await copyOfBuiltSite('tandem-forms-nochromium-');
    expect(await stat(join(empty, 'alao', 'contract', 'index.html'))).toBeTruthy();
    const result = await runMain(main, ['--dist', empty], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No Chromium found (looked at /nonexistent)');
    expect(result.stderr).toContain('CHROMIUM_PATH');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(stat(join(empty, 'alao', 'contract.pdf'))).rejects.toThrow();
    await rm(empty, { recursive: true, force: true });
  });

  it('asks for a build when the site has not been built', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tandem-forms-nobuild-'));
    const result = await runMain(main, ['--dist', empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has no contract form for alao, cala: run npm run build first/);
    await rm(empty, { recursive: true, force: true });
  });
});
