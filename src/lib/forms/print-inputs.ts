/**
 * What a printed form is printed from, read out of its built page: the parts
 * of the HTML that reach the paper and the local files (stylesheets, fonts,
 * images) it loads. The form PDFs' cache (scripts/pdf/pdf-cache.ts) keys each
 * PDF on these, so that a form is printed again only when one of them changed.
 * Pure: the caller reads the files.
 */

/**
 * The page's HTML as the printer sees it. The forms are printed with
 * JavaScript off, so scripts (and the preloads of their modules) cannot change
 * the paper: they are left out, and a script bundle renamed by an unrelated
 * change does not print the form again.
 */
export function printedHtml(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '');
}

/** Whether a URL in a page names a file of the same site (not another site, a fragment, data or mail). */
function isLocal(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !url.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** Without its query and fragment, and with HTML's `&amp;` read back. */
function pathOf(url: string): string {
  return url.replace(/&amp;/g, '&').replace(/[?#].*$/, '');
}

/** An element's attributes, names lower-cased, values as written (quoted with " or '). */
function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? '');
  return found;
}

/**
 * The local files a page loads to render: stylesheets and preloads (`<link>`
 * with rel stylesheet or preload), and the `src`, `srcset` and `poster` of
 * images and media, in order, each once. Links a reader follows (`<a href>`,
 * the canonical URL, the icon) are not loaded to print and are left out.
 */
export function pageReferences(html: string): string[] {
  const found: string[] = [];
  for (const tag of printedHtml(html).matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag[1]!.toLowerCase();
    const attrs = attributes(tag[2]!);
    const urls: string[] = [];
    if (name === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet') || rel.includes('preload')) urls.push(attrs.get('href') ?? '');
    } else {
      for (const attribute of ['src', 'poster']) if (attrs.has(attribute)) urls.push(attrs.get(attribute)!);
      const srcset = attrs.get('srcset');
      if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    }
    for (const url of urls.map((value) => value.trim())) if (isLocal(url)) found.push(pathOf(url));
  }
  return [...new Set(found)];
}

/** The local URLs a stylesheet loads: `url(...)` (fonts, images) and `@import`, in order, each once. */
export function stylesheetReferences(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim();
    if (isLocal(url)) found.push(pathOf(url));
  }
  return [...new Set(found)];
}

const PDF_HEADER = '%PDF-';
const PDF_END = '%%EOF';

/** Whether `bytes` start as a PDF does and end with its end-of-file marker (a truncated file does not). */
export function isCompletePdf(bytes: Uint8Array): boolean {
  if (bytes.length < PDF_HEADER.length + PDF_END.length) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER.length));
  // The marker may be followed by an end of line, and some writers add a few bytes after it.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 32)));
  return head === PDF_HEADER && tail.trimEnd().endsWith(PDF_END);
}
