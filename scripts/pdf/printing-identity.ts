/**
 * What, besides the form page itself, decides a printed PDF's bytes: this
 * printing pipeline (its version, its code) and the browser that prints. It is
 * part of every cache key (scripts/pdf/pdf-cache.ts), so a change to any of
 * them prints every form again. Working it out starts no browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from './chromium.ts';

/**
 * Bump this when what is done to a printed PDF changes in a way the files
 * hashed below do not show (a post-processing step in another folder, a
 * dependency that rewrites the PDF): every cached PDF is then printed again.
 */
const PRINT_PIPELINE_VERSION = 1;

const HERE = import.meta.dirname;

/** The code that prints and post-processes: this folder and the paper sizes. */
function pipelineSources(): string[] {
  const own = readdirSync(HERE)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(HERE, name));
  return [...own, resolve(HERE, '../../src/lib/forms/papers.ts')];
}

/** The browser by its real file, size and time: an upgraded Chromium prints every form again. */
function browserIdentity(env: Readonly<Record<string, string | undefined>>): string {
  const real = realpathSync(findChromium(env));
  const info = statSync(real);
  return `${real}\0${info.size}\0${Math.trunc(info.mtimeMs)}`;
}

export function printingIdentity(env: Readonly<Record<string, string | undefined>>): string {
  const hash = createHash('sha256').update(`tandem form PDFs v${PRINT_PIPELINE_VERSION}\0${browserIdentity(env)}\0`);
  for (const file of pipelineSources()) hash.update(`${file.slice(resolve(HERE, '../..').length)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}
