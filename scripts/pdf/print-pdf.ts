/**
 * Printing a loaded page to PDF the way a reader's "Print" does: print media,
 * backgrounds on, paper size chosen here. Margins and the page footer come
 * from the page's own `@page` rules, so the PDF and a browser's print agree.
 * Tagged (the page's structure and its `lang` go into the PDF, for screen
 * readers) with an outline built from the page's headings, then completed
 * for PDF/UA-1 (pdf-ua.ts: XMP metadata, list item bodies, a role map).
 * pdf-ua.ts (pdf-lib, ~170 modules) is loaded on the first print, not with
 * the script: a run whose PDFs are all reused, or `--help`, prints none.
 */
import type { Page } from 'playwright-core';
import { PAPERS, type Paper } from '../../src/lib/forms/papers.ts';

export async function printPdf(page: Page, paper: Paper): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const printed = await page.pdf({
    format: PAPERS[paper].format,
    printBackground: true,
    preferCSSPageSize: false,
    tagged: true,
    outline: true,
  });
  const { finishPdf } = await import('./pdf-ua.ts');
  return Buffer.from(await finishPdf(printed));
}
