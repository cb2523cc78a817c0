/**
 * Puts every program's form PDFs into a built site, printing only the forms
 * whose page changed: each PDF's cache key is a hash of what it is printed
 * from (scripts/pdf/form-fingerprint.ts), the paper, and the printing pipeline
 * and browser (scripts/pdf/printing-identity.ts). A PDF found in the cache is
 * copied; the browser is started only when at least one form must be printed,
 * so a build where no form changed starts no Chromium. What is cached is the
 * final file, after every step of printing.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { formPdfName } from '../../src/lib/forms/pdf-names.ts';
import { paperNames, type Paper } from '../../src/lib/forms/papers.ts';
import { formPageFingerprint } from './form-fingerprint.ts';
import type { PdfCache } from './pdf-cache.ts';
import { printFormPdfs } from './print-forms.ts';
import { serveFolder } from './serve-folder.ts';

export interface FormPdfsOptions {
  /** The built site and its base path (Astro's `base`). */
  dist: string;
  base: string;
  /** The programs whose `<program>/contract/` page is to be printed. */
  programs: readonly string[];
  /** Where printed PDFs are kept; undefined prints every form. */
  cache: PdfCache | undefined;
  /** printingIdentity(): the pipeline and browser, part of every key. */
  printing: string;
  /** Starts the browser; called at most once, and only when something is printed. */
  launch: () => Promise<Browser>;
}

interface FormPdf {
  program: string;
  paper: Paper;
  /** Relative to the site's root, for example `alao/contract.pdf`. */
  path: string;
  source: 'printed' | 'cache';
}

export interface FormPdfsResult {
  pdfs: FormPdf[];
  /** Cache entries found damaged (deleted, and their forms printed again), with why. */
  damaged: string[];
}

function cacheKey(printing: string, page: string, paper: Paper): string {
  return createHash('sha256').update(`${printing}\0${page}\0${paper}`).digest('hex');
}

export async function printOrReuseFormPdfs(options: FormPdfsOptions): Promise<FormPdfsResult> {
  const { dist, base, programs, cache, printing } = options;
  const pdfs: FormPdf[] = [];
  const damaged: string[] = [];
  const keys = new Map<string, string>();
  const toPrint: string[] = [];
  for (const program of programs) {
    const page = await formPageFingerprint(dist, base, `${program}/contract/`);
    const found: { paper: Paper; pdf: Buffer }[] = [];
    for (const paper of paperNames) {
      const key = cacheKey(printing, page, paper);
      keys.set(`${program}\0${paper}`, key);
      const read = cache ? await cache.read(key) : { kind: 'miss' as const };
      if (read.kind === 'hit') found.push({ paper, pdf: read.pdf });
      if (read.kind === 'damaged') damaged.push(`${program}/${formPdfName(paper)}: ${read.why}`);
    }
    // A program is printed whole (one page load, every paper) when any of its PDFs is missing.
    if (found.length < paperNames.length) {
      toPrint.push(program);
      continue;
    }
    for (const { paper, pdf } of found) {
      const path = `${program}/${formPdfName(paper)}`;
      await writeFile(join(dist, path), pdf);
      pdfs.push({ program, paper, path, source: 'cache' });
    }
  }
  const inOrder = () =>
    pdfs.sort(
      (a, b) => programs.indexOf(a.program) - programs.indexOf(b.program) || paperNames.indexOf(a.paper) - paperNames.indexOf(b.paper),
    );
  if (toPrint.length === 0) return { pdfs: inOrder(), damaged };

  const browser = await options.launch();
  try {
    const site = await serveFolder(dist, base);
    try {
      for await (const form of printFormPdfs(browser, site.url, toPrint)) {
        await writeFile(join(dist, form.path), form.pdf);
        await cache?.write(keys.get(`${form.program}\0${form.paper}`)!, form.pdf);
        pdfs.push({ program: form.program, paper: form.paper, path: form.path, source: 'printed' });
      }
    } finally {
      await site.close();
    }
  } finally {
    await browser.close();
  }
  return { pdfs: inOrder(), damaged };
}
