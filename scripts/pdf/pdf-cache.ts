/**
 * The printed form PDFs, kept by content hash so that a build whose forms did
 * not change copies them instead of printing them (README, "The form PDFs").
 * Each entry is `<key>.pdf` with `<key>.sha256`, the digest of its bytes: an
 * entry that is missing its digest, does not match it, or is not a complete
 * PDF (a truncated copy, a half-restored CI cache) is deleted and printed
 * again, never copied. Entries are written beside their final name and
 * renamed, so a build stopped midway leaves no half entry under a real key.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isCompletePdf } from '../../src/lib/forms/print-inputs.ts';

/** Where the build keeps them, under the project's root: node_modules/.cache is where tools keep caches. */
export const PDF_CACHE_FOLDER = 'node_modules/.cache/tandem-pdfs';

/** Entries no build has used for this long are removed. */
const UNUSED_DAYS = 30;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export type CacheRead = { kind: 'hit'; pdf: Buffer } | { kind: 'miss' } | { kind: 'damaged'; why: string };

export class PdfCache {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  private files(key: string): { pdf: string; digest: string } {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Not a cache key: ${key}`);
    return { pdf: join(this.folder, `${key}.pdf`), digest: join(this.folder, `${key}.sha256`) };
  }

  async read(key: string): Promise<CacheRead> {
    const files = this.files(key);
    const pdf = await readFile(files.pdf).catch(() => undefined);
    const digest = await readFile(files.digest, 'utf8').catch(() => undefined);
    if (pdf === undefined && digest === undefined) return { kind: 'miss' };
    let why: string | undefined;
    if (pdf === undefined) why = 'its PDF is missing';
    else if (digest === undefined) why = 'its digest is missing';
    else if (digest.trim() !== sha256(pdf)) why = 'its bytes do not match their digest';
    else if (!isCompletePdf(pdf)) why = 'it is not a complete PDF';
    if (why !== undefined || pdf === undefined) {
      await this.remove(key);
      return { kind: 'damaged', why: why ?? 'its PDF is missing' };
    }
    // Marks it used, for the clean-up of old entries.
    const now = new Date();
    await utimes(files.pdf, now, now).catch(() => undefined);
    return { kind: 'hit', pdf };
  }

  async write(key: string, pdf: Uint8Array): Promise<void> {
    const files = this.files(key);
    await mkdir(this.folder, { recursive: true });
    const partial = `.${process.pid}.partial`;
    await writeFile(files.digest + partial, `${sha256(pdf)}\n`);
    await writeFile(files.pdf + partial, pdf);
    await rename(files.digest + partial, files.digest);
    await rename(files.pdf + partial, files.pdf);
  }

  async remove(key: string): Promise<void> {
    const files = this.files(key);
    await rm(files.pdf, { force: true });
    await rm(files.digest, { force: true });
  }

  /** Removes entries (and leftovers of stopped builds) unused for UNUSED_DAYS days, so the cache does not grow forever. */
  async prune(now = Date.now()): Promise<number> {
    const names = await readdir(this.folder).catch(() => []);
    let removed = 0;
    for (const name of names) {
      const key = /^([0-9a-f]{64})\.pdf$/.exec(name)?.[1];
      const partial = name.endsWith('.partial');
      if (!key && !partial) continue;
      const info = await stat(join(this.folder, name)).catch(() => undefined);
      if (!info || now - info.mtimeMs < (partial ? 1 : UNUSED_DAYS) * 24 * 3600 * 1000) continue;
      if (key) await this.remove(key);
      else await rm(join(this.folder, name), { force: true });
      removed += 1;
    }
    return removed;
  }
}
