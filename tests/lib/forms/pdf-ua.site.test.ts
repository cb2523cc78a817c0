/**
 * What PDF/UA-1 asks of a printed PDF beyond Chromium's tagging, added after
 * printing (scripts/pdf/pdf-ua.ts), read back with poppler's pdfinfo: XMP
 * metadata with `dc:title` and `pdfuaid:part` 1, and list items made of `Lbl`
 * and `LBody` rather than bare `NonStruct`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser.ts';
import { printHtml } from '../../../scripts/pdf/print-html.ts';
import { xmpPacket } from '../../../scripts/pdf/pdf-ua.ts';
import { all, badListItems, readWithPdfinfo } from './pdf-structure.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'tandem-pdf-ua-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

async function printed(body: string, title = 'A form & its <title>'): Promise<Awaited<ReturnType<typeof readWithPdfinfo>>> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title></head><body><h1>Form</h1>${body}</body></html>`;
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, await printHtml(browser, html, 'letter'));
  return readWithPdfinfo(file);
}

describe('a printed PDF', () => {
  it('carries XMP metadata: its title as dc:title, its language, and pdfuaid:part 1', async () => {
    const pdf = await printed('<p>Text</p>');
    expect(pdf.title).toBe('A form & its <title>');
    expect(pdf.xmp).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">A form &amp; its &lt;title&gt;</rdf:li></rdf:Alt></dc:title>',
    );
    expect(pdf.xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
    expect(pdf.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(pdf.complaints).toBe('');
  });

  it('gives every list item a body, beside the label its marker makes', async () => {
    const pdf = await printed(
      [
        '<ul><li>Alpha</li><li>Beta</li></ul>',
        '<ol><li><p>One</p></li></ol>',
        '<ul style="list-style:none"><li><span aria-hidden="true">[ ]</span> <span>Ticked</span> <strong>or not</strong></li></ul>',
      ].join(''),
    );
    const items = all(pdf.tree).filter((node) => node.type === 'LI');
    expect(items.map((item) => item.children.map((child) => child.type).join(','))).toEqual([
      'Lbl,LBody',
      'Lbl,LBody',
      'Lbl,LBody',
      'LBody',
    ]);
    expect(badListItems(pdf.tree)).toEqual([]);
    // Chromium's Strong (a PDF 2.0 type) is role-mapped, so a PDF 1.7 reader does not refuse it.
    expect(pdf.complaints).toBe('');
  });
});

describe('the XMP packet', () => {
  it('escapes what XML would read as markup', () => {
    const packet = xmpPacket({ title: `Q&A <"x">'s`, language: 'en' });
    expect(packet).toContain('Q&amp;A &lt;&quot;x&quot;&gt;&apos;s');
    expect(packet.startsWith('<?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(packet.endsWith('<?xpacket end="w"?>')).toBe(true);
  });
});
