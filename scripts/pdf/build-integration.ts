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
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { FORM_PDFS_ENV } from '../../src/components/form/form-pdfs.ts';
import { ChromiumNotFoundError, findChromium, launchChromium } from './chromium.ts';
import { printFormPdfs } from './print-forms.ts';
import { serveFolder } from './serve-folder.ts';

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

/** Prints every built contract form page of `dist` into the site, beside its page. */
export async function printBuiltFormPdfs(dist: string, base: string, env: Env): Promise<string[]> {
  const programs = await builtPrograms(dist);
  if (programs.length === 0) return [];
  const browser = await launchChromium(env);
  const written: string[] = [];
  try {
    const site = await serveFolder(dist, base);
    try {
      for await (const form of printFormPdfs(browser, site.url, programs)) {
        await writeFile(join(dist, form.path), form.pdf);
        written.push(form.path);
      }
    } finally {
      await site.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

export function formPdfsIntegration(): AstroIntegration {
  let enabled = false;
  let base = '/';
  return {
    name: 'tandem-form-pdfs',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base;
        // `astro dev` serves no PDFs: link none.
        if (command !== 'build') {
          process.env[FORM_PDFS_ENV] = '0';
          return;
        }
        enabled = decideFormPdfs(process.env, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const written = await printBuiltFormPdfs(fileURLToPath(dir), base, process.env);
        logger.info(`Printed ${written.length} form PDFs.`);
      },
    },
  };
}
