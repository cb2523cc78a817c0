/** What a form page prints from, read out of its HTML and stylesheets, and what counts as a complete PDF. */
import { describe, expect, it } from 'vitest';
import { isCompletePdf, pageReferences, printedHtml, stylesheetReferences } from '../../../src/lib/forms/print-inputs.ts';

describe('printedHtml', () => {
  it('leaves out scripts and module preloads (the forms print with JavaScript off), and keeps the rest', () => {
    const html =
      '<head><script>document.documentElement.className="js"</script><link rel="modulepreload" href="/_astro/a.js">' +
      '<link rel="stylesheet" href="/_astro/s.css"></head><body><h1>Form</h1><script type="module" src="/_astro/b.js"></script></body>';
    expect(printedHtml(html)).toBe('<head><link rel="stylesheet" href="/_astro/s.css"></head><body><h1>Form</h1></body>');
  });
});

describe('pageReferences', () => {
  it('lists the stylesheets, preloads, images and media a page loads, once each, without query or fragment', () => {
    const html = `<link rel="stylesheet" href="/_astro/s.css?v=1"><link rel="preload" as="font" href="/fonts/a.woff2" crossorigin>
      <link rel='stylesheet' href='/_astro/s.css'><link rel="stylesheet" href="//cdn.example/x.css">
      <img src="logo.png" srcset="logo.png 1x, /img/logo@2x.png 2x" alt=""><img src="data:image/png;base64,AAAA" alt="">
      <video poster="/img/poster.jpg"></video>`;
    expect(pageReferences(html)).toEqual(['/_astro/s.css', '/fonts/a.woff2', 'logo.png', '/img/logo@2x.png', '/img/poster.jpg']);
  });

  it('leaves out what a reader follows rather than what the page loads: links, the canonical URL, the icon, the PDFs', () => {
    const html = `<link rel="canonical" href="https://tandem.example/alao/contract/"><link rel="icon" href="/favicon.svg">
      <a href="#main">skip</a><a href="/alao/">back</a><a href="/alao/contract.pdf">PDF</a><a href="mailto:a@b.example">m</a>`;
    expect(pageReferences(html)).toEqual([]);
  });

  it('ignores the URLs of scripts, which do not print', () => {
    expect(pageReferences('<script type="module" src="/_astro/a.js"></script><script>var u = "<img src=\\"/x.png\\">"</script>')).toEqual(
      [],
    );
  });
});

describe('stylesheetReferences', () => {
  it('lists fonts, images and imports, quoted or not, and skips comments, data URLs and other sites', () => {
    const css = `@import "base.css"; @import 'print.css';
      /* url(/commented.woff2) */
      @font-face { src: url(/fonts/a.woff2) format("woff2"), url("/fonts/a.woff") format("woff"); }
      .x { background: url('img/bg.png'), url(data:image/png;base64,AA), url(https://cdn.example/z.png); }`;
    expect(stylesheetReferences(css)).toEqual(['base.css', 'print.css', '/fonts/a.woff2', '/fonts/a.woff', 'img/bg.png']);
  });
});

describe('isCompletePdf', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('accepts a PDF from its header to its end-of-file marker, with or without an end of line after it', () => {
    expect(isCompletePdf(bytes('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'))).toBe(true);
    expect(isCompletePdf(bytes('%PDF-1.4 ... %%EOF'))).toBe(true);
  });

  it('refuses a truncated PDF, another file, and nothing at all', () => {
    expect(isCompletePdf(bytes('%PDF-1.7\n1 0 obj\n<<>>\nendob'))).toBe(false);
    expect(isCompletePdf(bytes('<html>%%EOF</html>%%EOF'))).toBe(false);
    expect(isCompletePdf(new Uint8Array())).toBe(false);
  });
});
