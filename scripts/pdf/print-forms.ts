/**
 * Prints programs' contract form pages, served from a built site, to PDF in
 * every paper size. The caller starts the browser and the server and writes
 * the files, so this stays free of file system and process concerns.
 */
import type { Browser } from 'playwright-core';
import { formPdfName } from '../../src/lib/forms/pdf-names.ts';
import { paperNames, type Paper } from '../../src/lib/forms/papers.ts';
import { printPdf } from './print-pdf.ts';

export interface PrintedForm {
  program: string;
  paper: Paper;
  /** The PDF's path relative to the site's root, for example `alao/contract.pdf`. */
  path: string;
  pdf: Buffer;
}

/** `siteUrl` is the served site's root URL, ending in `/`. */
export async function* printFormPdfs(browser: Browser, siteUrl: string, programs: readonly string[]): AsyncGenerator<PrintedForm> {
  // Without JavaScript the page is exactly the blank form: the online form's controls stay out of the PDF.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    for (const program of programs) {
      const response = await page.goto(new URL(`${program}/contract/`, siteUrl).href, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`The form page ${program}/contract/ answered ${response?.status() ?? 'nothing'}.`);
      for (const paper of paperNames) {
        yield { program, paper, path: `${program}/${formPdfName(paper)}`, pdf: await printPdf(page, paper) };
      }
    }
  } finally {
    await context.close();
  }
}
