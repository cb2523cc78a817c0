import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { INTAKE_MAILBOXES, SITE_BASE, copySiteSources } from './support/built-site.ts';
import { childBuildEnv, siteCacheEnv } from './support/child-env.ts';
import { SITE_INPUTS, fingerprint } from './support/site-fingerprint.ts';

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared test build of the site, published under SITE_BASE (tests/support/built-site.ts). */
    distDir: string;
    /** What `astro build` printed when it built the test site. */
    buildLog: string;
    /** What `node scripts/forms-pdf.ts` printed when it printed the test build's form PDFs. */
    formsPdfLog: string;
  }
}

/** How the test build is made, beside the site's own inputs: a change here builds it again. */
const BUILD_RECIPE = ['tests/global-setup.ts', 'tests/support/built-site.ts'];

/**
 * Builds the site once per test run, for the site and browser project only
 * (vitest.config.ts); each worker starts its own Chromium on its first
 * browser test (tests/support/browser.ts). Every site test reads this one
 * build, so it is built as the GitHub Pages deploy builds it, under a base
 * path (SITE_BASE), from a copy of the sources
 * with the example contracts, pairings and applications present in content/
 * and, in the copy only, an intake mailbox for ALAO and ALCTS
 * (INTAKE_MAILBOXES): the routes, links, privacy, accessibility, the base
 * path, the form pages, their PDFs and "Send by email" all look at the same
 * real output. An unchanged tree reuses the previous build.
 *
 * Every step runs on plain node, as a user's `npm run build && npm run
 * forms:pdf` does, with no npx in between.
 */
export default async function setup(project: TestProject): Promise<void> {
  const distDir = resolve('.cache/test-dist');
  const stampFile = resolve('.cache/test-dist.fingerprint');
  const buildLogFile = resolve('.cache/test-dist.build.txt');
  const logFile = resolve('.cache/test-dist.forms-pdf.txt');
  const stamp = await fingerprint([...SITE_INPUTS, ...BUILD_RECIPE]);
  const previous = await readFile(stampFile, 'utf8').catch(() => '');
  if (previous !== stamp) {
    const started = performance.now();
    // Build beside the old output and swap it in at the end, so that a test run
    // still reading the previous build never sees a half-written folder.
    const buildDir = resolve(`.cache/test-dist.building-${process.pid}`);
    await rm(buildDir, { recursive: true, force: true });
    // Astro writes its generated types (.astro/) wherever it builds: from a copy of the sources, so that
    // the type check running beside the tests (npm test) never reads them half-written.
    const sources = await mkdtemp(join(tmpdir(), 'tandem-test-site-'));
    // BASE_PATH as the deploy gives it, without the trailing slash; forms:pdf reads it too.
    // siteCacheEnv: Astro's caches in the copy, not in the node_modules it shares with the check stage's `astro sync`.
    const env = childBuildEnv({
      ...siteCacheEnv(sources),
      TANDEM_OUT_DIR: buildDir,
      BASE_PATH: SITE_BASE.slice(0, -1),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    });
    const options = { env, maxBuffer: 64 * 1024 * 1024 };
    let built: { stdout: string; stderr: string };
    try {
      await copySiteSources(sources);
      await cp(resolve('content'), join(sources, 'content'), { recursive: true });
      for (const [id, email] of Object.entries(INTAKE_MAILBOXES)) {
        const path = join(sources, 'content/programs', id, 'program.yaml');
        await writeFile(path, `${await readFile(path, 'utf8')}\nintake:\n  email: ${email}\n`);
      }
      built = await run(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { ...options, cwd: sources });
    } finally {
      await rm(sources, { recursive: true, force: true });
    }
    await run(process.execPath, [resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', buildDir], options);
    // The build printed the form PDFs (Chromium is installed here: scripts/pdf/build-integration.ts);
    // forms:pdf prints them again into the build, as a user may, and its log is checked.
    const printed = await run(process.execPath, [resolve('scripts/forms-pdf.ts'), '--dist', buildDir], options);
    await rm(distDir, { recursive: true, force: true });
    await rename(buildDir, distDir);
    // The logs name the folder they were written in; the tests read it under its final name.
    const renamed = (text: string) => text.split(buildDir).join(distDir);
    await writeFile(buildLogFile, renamed(built.stdout + built.stderr));
    await writeFile(logFile, renamed(printed.stdout));
    await writeFile(stampFile, stamp);
    console.log(`global setup: built the test site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  project.provide('distDir', distDir);
  project.provide('buildLog', buildLogFile);
  project.provide('formsPdfLog', logFile);
}
