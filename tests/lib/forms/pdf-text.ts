/** What a PDF holds, read with pdfjs-dist: page sizes and the text of each page. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  /** Width and height of each page, in points. */
  sizes: [number, number][];
  /** The text of each page, runs joined by spaces, whitespace collapsed. */
  pages: string[];
  /** All pages' text. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfSummary> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, verbosity: 0 }).promise;
  const sizes: [number, number][] = [];
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    sizes.push([width, height]);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return { sizes, pages, text: pages.join(' ') };
}

/** PDF points of each paper: US Letter 8.5 x 11 in, A4 210 x 297 mm (Chromium rounds A4 to whole device pixels). */
export const PAPER_POINTS = { letter: [612, 792], a4: [595.28, 841.89] } as const;

/** Whether a page is of the paper's size, within a point. */
export const isPaperSize = ([width, height]: [number, number], paper: keyof typeof PAPER_POINTS): boolean =>
  Math.abs(width - PAPER_POINTS[paper][0]) <= 1 && Math.abs(height - PAPER_POINTS[paper][1]) <= 1;
