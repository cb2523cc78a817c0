/** Prints a complete HTML document (styles inlined, no outside requests) to PDF. */
import type { Browser } from 'playwright-core';
import type { Paper } from '../../src/lib/forms/papers.ts';
import { printPdf } from './print-pdf.ts';

export async function printHtml(browser: Browser, html: string, paper: Paper): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await printPdf(page, paper);
  } finally {
    await page.close();
  }
}
