/**
 * The form PDFs as part of `astro build`: when a Chromium is found, the build
 * links each program's "Download as PDF" files and prints them into the built
 * site once it is written; when none is found, the pages do not link them and
 * the build says so once. Either way a built site has no dead PDF link.
 *
 * The decision is made before any page renders and handed to the pages through
 * `TANDEM_FORM_PDFS` (see src/components/form/form-pdfs.ts). Setting
 * `TANDEM_FORM_PDFS=0` beforehand builds without PDFs even when a browser exists;
 * `TANDEM_FORM_PDFS=require` (the deploy) fails the build when there is none.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { FORM_PDFS_ENV } from '../../src/components/form/form-pdfs.ts';
import { ChromiumNotFoundError, findChromium, launchChromium } from './chromium.ts';
import { PDF_CACHE_FOLDER, PdfCache } from './pdf-cache.ts';
import type { FormPdfsResult } from './print-or-reuse.ts';

type Env = Record<string, string | undefined>;

/** Decides whether this build prints PDFs; records the answer in `env` and says once why not. */
export function decideFormPdfs(
  env: Env,
  logger: Pick<AstroIntegrationLogger, 'warn' | 'info'>,
  exists?: (path: string) => boolean,
): boolean {
  if (env[FORM_PDFS_ENV] === '0') {
    logger.info('Form PDFs are off (TANDEM_FORM_PDFS=0): the contract pages are built without PDF links.');
    return false;
  }
  const required = env[FORM_PDFS_ENV] === 'require';
  try {
    findChromium(env, exists);
    env[FORM_PDFS_ENV] = '1';
    return true;
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError) || required) throw error;
    env[FORM_PDFS_ENV] = '0';
    logger.warn(`${error.message} Until then the contract pages are built without their "Download as PDF" links (the pages still print).`);
    return false;
  }
}

/** Folders of a built site that hold a contract form page: the programs to print. */
async function builtPrograms(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, 'contract', 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** The form PDFs' cache folder: `TANDEM_PDF_CACHE` when set, else node_modules/.cache/tandem-pdfs under `root`. */
export function pdfCacheFolder(root: string, env: Env): string {
  return resolve(root, env['TANDEM_PDF_CACHE'] || PDF_CACHE_FOLDER);
}

/**
 * Puts the PDF of every built contract form page of `dist` beside its page:
 * copied from the cache when its form did not change, printed otherwise.
 * `launch` is the browser's start (tests count its calls).
 */
export async function printBuiltFormPdfs(
  dist: string,
  base: string,
  env: Env,
  cacheFolder: string,
  launch: () => ReturnType<typeof launchChromium> = () => launchChromium(env),
): Promise<FormPdfsResult> {
  const programs = await builtPrograms(dist);
  if (programs.length === 0) return { pdfs: [], damaged: [] };
  // Loaded here, by a build that has forms to put in: the config loads this file for every build, failed or
  // without a browser, and for `astro sync` and `astro dev`, which print nothing.
  const [{ printOrReuseFormPdfs }, { printingIdentity }] = await Promise.all([
    import('./print-or-reuse.ts'),
    import('./printing-identity.ts'),
  ]);
  const cache = new PdfCache(cacheFolder);
  const result = await printOrReuseFormPdfs({ dist, base, programs, cache, printing: printingIdentity(env), launch });
  await cache.prune();
  return result;
}

/** The build's line about the PDFs: how many printed, how many copied, from where. */
export function formPdfsSummary(result: FormPdfsResult, cacheFolder: string): string {
  const printed = result.pdfs.filter((pdf) => pdf.source === 'printed').length;
  const reused = result.pdfs.length - printed;
  const where = relativeOrAbsolute(cacheFolder);
  if (printed === 0) return `Form PDFs: ${reused} unchanged, copied from ${where} (no browser started).`;
  return `Form PDFs: printed ${printed}, ${reused} unchanged copied from ${where}.`;
}

function relativeOrAbsolute(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

export function formPdfsIntegration(): AstroIntegration {
  let enabled = false;
  let base = '/';
  let root = process.cwd();
  return {
    name: 'tandem-form-pdfs',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base;
        root = fileURLToPath(config.root);
        // `astro dev` serves no PDFs: link none.
        if (command !== 'build') {
          process.env[FORM_PDFS_ENV] = '0';
          return;
        }
        enabled = decideFormPdfs(process.env, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const cacheFolder = pdfCacheFolder(root, process.env);
        const result = await printBuiltFormPdfs(fileURLToPath(dir), base, process.env, cacheFolder);
        for (const damaged of result.damaged) logger.warn(`A cached form PDF was damaged (${damaged}): printed again.`);
        logger.info(formPdfsSummary(result, cacheFolder));
      },
    },
  };
}
