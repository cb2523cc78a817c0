/**
 * The form PDFs are printed once and then copied while their forms do not
 * change: the build's PDF step (printBuiltFormPdfs, as astro:build:done calls
 * it) run in this process on a small built site, with the real Chromium
 * started through a launcher that counts its starts.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formPdfsSummary, pdfCacheFolder, printBuiltFormPdfs } from '../../../scripts/pdf/build-integration.ts';
import { launchBrowser } from '../../support/browser.ts';
import { PdfCache } from '../../../scripts/pdf/pdf-cache.ts';
import { isCompletePdf } from '../../../src/lib/forms/print-inputs.ts';

let work: string;
let dist: string;
let cacheFolder: string;
let launches = 0;
let browser: Browser | undefined;

/**
 * Counts every start the PDF step asks for. One real Chromium serves them all
 * (starting one costs seconds here); the step's close() of it is left to afterAll.
 */
const launch = async (): Promise<Browser> => {
  launches += 1;
  browser ??= await launchBrowser();
  const shared = browser;
  return new Proxy(shared, {
    get: (target, property) => {
      if (property === 'close') return () => Promise.resolve();
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
};

const page = (program: string, stylesheet: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${program} contract</title>
<link rel="stylesheet" href="/_astro/base.css"><link rel="stylesheet" href="/_astro/${stylesheet}">
<link rel="modulepreload" href="/_astro/form.js"><script type="module" src="/_astro/form.js"></script></head>
<body><main><h1>The ${program} mentoring contract</h1><p>Mentor: ____________</p>
<a href="/${program}/">Back</a> <a href="/${program}/contract.pdf">PDF</a></main></body></html>`;

async function writeSite(folder: string): Promise<void> {
  for (const [program, stylesheet] of [
    ['alao', 'alao.css'],
    ['cala', 'cala.css'],
  ] as const) {
    await writeFile(join(await mkdirp(folder, program, 'contract'), 'index.html'), page(program, stylesheet));
    await writeFile(join(await mkdirp(folder, program), 'index.html'), `<h1>${program}</h1>`);
  }
  const assets = await mkdirp(folder, '_astro');
  await writeFile(join(assets, 'base.css'), 'body { font-family: serif; } @page { margin: 2cm; }');
  await writeFile(join(assets, 'alao.css'), 'h1 { color: #123456; }');
  await writeFile(join(assets, 'cala.css'), 'h1 { color: #654321; background: url(/img/mark.svg) no-repeat; }');
  await writeFile(join(assets, 'form.js'), 'console.log("online form");');
  await writeFile(
    join(await mkdirp(folder, 'img'), 'mark.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#888"/></svg>',
  );
}

async function mkdirp(...parts: string[]): Promise<string> {
  const folder = join(...parts);
  await mkdir(folder, { recursive: true });
  return folder;
}

/** The build's PDF step on `dist`: what it did, and how many browsers it started. */
async function buildPdfs() {
  const before = launches;
  const result = await printBuiltFormPdfs(dist, '/', process.env, cacheFolder, launch);
  const by = (source: 'printed' | 'cache') => result.pdfs.filter((pdf) => pdf.source === source).map((pdf) => pdf.path);
  return { launched: launches - before, printed: by('printed'), copied: by('cache'), damaged: result.damaged, result };
}

/** A fresh build of the same site: astro empties dist/, so no PDF from the last build is there. */
async function rebuild(): Promise<void> {
  await rm(dist, { recursive: true, force: true });
  await writeSite(dist);
}

const pdfBytes = (path: string) => readFile(join(dist, path));

async function cacheEntries(): Promise<string[]> {
  return (await readdir(cacheFolder)).filter((name) => name.endsWith('.pdf')).sort();
}

const ALL = ['alao/contract.pdf', 'alao/contract-a4.pdf', 'cala/contract.pdf', 'cala/contract-a4.pdf'];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tandem-pdf-cache-'));
  dist = join(work, 'dist');
  cacheFolder = join(work, 'node_modules/.cache/tandem-pdfs');
  await writeSite(dist);
});

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

describe('the build’s form PDFs with a cache', { timeout: 60_000 }, () => {
  const first = new Map<string, Buffer>();

  it('prints every form the first time, with one browser, and keeps each PDF in the cache', async () => {
    const run = await buildPdfs();
    expect(run.launched).toBe(1);
    expect(run.printed).toEqual(ALL);
    expect(run.copied).toEqual([]);
    for (const path of ALL) {
      const bytes = await pdfBytes(path);
      expect(isCompletePdf(bytes), path).toBe(true);
      first.set(path, bytes);
    }
    expect(await cacheEntries()).toHaveLength(4);
    expect(formPdfsSummary(run.result, cacheFolder)).toMatch(/^Form PDFs: printed 4, 0 unchanged copied from /);
  });

  it('starts no browser when nothing changed, and copies byte-identical PDFs', async () => {
    await rebuild();
    const run = await buildPdfs();
    expect(run.launched).toBe(0);
    expect(run.printed).toEqual([]);
    expect(run.copied).toEqual(ALL);
    for (const path of ALL) expect((await pdfBytes(path)).equals(first.get(path)!), path).toBe(true);
    expect(formPdfsSummary(run.result, cacheFolder)).toMatch(/^Form PDFs: 4 unchanged, copied from .*\(no browser started\)\.$/);
    // Run again on the same build, its PDFs now in place beside the pages: still nothing to print.
    expect((await buildPdfs()).launched).toBe(0);
  });

  it('prints nothing when only a script changed: the forms print with JavaScript off', async () => {
    await rebuild();
    await writeFile(join(dist, '_astro/form.js'), 'console.log("a new online form");');
    const html = await readFile(join(dist, 'alao/contract/index.html'), 'utf8');
    await writeFile(join(dist, 'alao/contract/index.html'), html.replaceAll('/_astro/form.js', '/_astro/form.B4x9.js'));
    expect((await buildPdfs()).launched).toBe(0);
  });

  it("prints again only the form whose page's HTML changed", async () => {
    await rebuild();
    const html = await readFile(join(dist, 'alao/contract/index.html'), 'utf8');
    await writeFile(join(dist, 'alao/contract/index.html'), html.replace('Mentor: ', 'Mentor (name): '));
    const run = await buildPdfs();
    expect(run.launched).toBe(1);
    expect(run.printed).toEqual(['alao/contract.pdf', 'alao/contract-a4.pdf']);
    expect(run.copied).toEqual(['cala/contract.pdf', 'cala/contract-a4.pdf']);
    expect((await pdfBytes('cala/contract.pdf')).equals(first.get('cala/contract.pdf')!)).toBe(true);
    expect((await pdfBytes('alao/contract.pdf')).equals(first.get('alao/contract.pdf')!)).toBe(false);
  });

  it('prints again only the forms that load a changed stylesheet, or a file a stylesheet loads', async () => {
    await rebuild();
    await writeFile(join(dist, '_astro/cala.css'), 'h1 { color: #000000; background: url(/img/mark.svg) no-repeat; }');
    let run = await buildPdfs();
    expect(run.printed).toEqual(['cala/contract.pdf', 'cala/contract-a4.pdf']);
    expect(run.copied).toEqual(['alao/contract.pdf', 'alao/contract-a4.pdf']);

    await writeFile(join(dist, 'img/mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    run = await buildPdfs();
    expect(run.printed).toEqual(['cala/contract.pdf', 'cala/contract-a4.pdf']);

    await writeFile(join(dist, '_astro/base.css'), 'body { font-family: sans-serif; } @page { margin: 2cm; }');
    run = await buildPdfs();
    expect(run.launched).toBe(1);
    expect(run.printed).toEqual(ALL);
  });

  it('prints a truncated cache entry again instead of copying it, and says so', async () => {
    const entries = await cacheEntries();
    for (const name of entries) await truncate(join(cacheFolder, name), 200);
    const run = await buildPdfs();
    expect(run.launched).toBe(1);
    expect(run.copied).toEqual([]);
    expect(run.printed).toEqual(ALL);
    expect(run.damaged.length).toBeGreaterThanOrEqual(4);
    expect(run.damaged.join('\n')).toMatch(/alao\/contract\.pdf: its bytes do not match their digest/);
    for (const path of ALL) expect(isCompletePdf(await pdfBytes(path)), path).toBe(true);
    // The entries were replaced by the new prints: the next run copies them.
    expect((await buildPdfs()).launched).toBe(0);
  });

  it('prints an entry with a changed byte again, even though it still looks like a whole PDF', async () => {
    // An entry the build uses: the earlier tests' edits left older entries behind (truncated by the test above, never read again).
    const live: string[] = [];
    for (const entry of await cacheEntries()) if (isCompletePdf(await readFile(join(cacheFolder, entry)))) live.push(entry);
    const name = live[0]!;
    const bytes = await readFile(join(cacheFolder, name));
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
    await writeFile(join(cacheFolder, name), bytes);
    expect(isCompletePdf(bytes)).toBe(true);
    const run = await buildPdfs();
    expect(run.launched).toBe(1);
    expect(run.damaged).toEqual([expect.stringMatching(/: its bytes do not match their digest$/)]);
    expect(run.printed).toHaveLength(2);
  });
});

describe('PdfCache on its own', () => {
  const key = (digit: string) => digit.repeat(64);
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

  it('gives back what was written, reports a miss, and refuses an entry that is not a whole PDF', async () => {
    const cache = new PdfCache(join(work, 'unit-cache'));
    expect(await cache.read(key('a'))).toEqual({ kind: 'miss' });
    await cache.write(key('a'), pdf);
    expect(await cache.read(key('a'))).toEqual({ kind: 'hit', pdf });
    const notPdf = Buffer.from('<html>not a pdf</html>');
    await cache.write(key('b'), notPdf);
    expect(await cache.read(key('b'))).toEqual({ kind: 'damaged', why: 'it is not a complete PDF' });
    // A damaged entry is deleted: next time it is simply missing.
    expect(await cache.read(key('b'))).toEqual({ kind: 'miss' });
    await rm(join(work, 'unit-cache', `${key('a')}.sha256`));
    expect(await cache.read(key('a'))).toEqual({ kind: 'damaged', why: 'its digest is missing' });
  });

  it('removes entries unused for 30 days and keeps the others', async () => {
    const folder = join(work, 'prune-cache');
    const cache = new PdfCache(folder);
    await cache.write(key('c'), pdf);
    await cache.write(key('d'), pdf);
    // A pinned today: one entry last used 31 days before it, the other on that day.
    const now = new Date('2026-12-07T12:00:00Z');
    const old = new Date(now.getTime() - 31 * 24 * 3600 * 1000);
    await utimes(join(folder, `${key('c')}.pdf`), old, old);
    await utimes(join(folder, `${key('d')}.pdf`), now, now);
    expect(await cache.prune(now.getTime())).toBe(1);
    expect((await readdir(folder)).sort()).toEqual([`${key('d')}.pdf`, `${key('d')}.sha256`]);
    expect((await stat(join(folder, `${key('d')}.pdf`))).isFile()).toBe(true);
  });

  it('lives in node_modules/.cache/tandem-pdfs of the project, or where TANDEM_PDF_CACHE says', () => {
    expect(pdfCacheFolder('/site', {})).toBe('/site/node_modules/.cache/tandem-pdfs');
    expect(pdfCacheFolder('/site', { TANDEM_PDF_CACHE: '' })).toBe('/site/node_modules/.cache/tandem-pdfs');
    expect(pdfCacheFolder('/site', { TANDEM_PDF_CACHE: '.pdfs' })).toBe('/site/.pdfs');
    expect(pdfCacheFolder('/site', { TANDEM_PDF_CACHE: '/var/cache/pdfs' })).toBe('/var/cache/pdfs');
  });

  it('takes only sha256 keys, so that no name can reach outside its folder', async () => {
    await expect(new PdfCache(work).read('../../etc/passwd')).rejects.toThrow(/Not a cache key/);
  });
});
