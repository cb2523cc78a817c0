/**
 * Builds small copies of the site one after another in one child process,
 * with Astro's `build()` (what `astro build` runs once it has read its
 * arguments), each with its own environment and its output captured apart.
 * Node and Astro start once: here that start-up is about 1.8 s of the 3.5 s of
 * CPU an `astro build` of a small copy costs that stops in the content layer.
 *
 * Builds may share one copy of the site, each with its own content/ (`content`)
 * and its own cache folder: what the content loaders load from the copy's src/
 * (the validator) is then loaded once. Not a test file itself.
 *
 * `node tests/support/site-builds.ts <builds.json> <results.json>` is the
 * child; `buildSites` starts it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { childBuildEnv, siteCacheEnv } from './child-env.ts';
import { restoreEnv } from './restore-env.ts';

const run = promisify(execFile);

export interface SiteBuild {
  /** The copy of the site (its astro.config.mjs, src/, content/, node_modules). */
  root: string;
  /** A folder whose content/ this build uses: copied over the root's content/ before it. */
  content?: string;
  /** Variables for this build, over the child's environment (TANDEM_OUT_DIR, BASE_PATH, CHROMIUM_PATH...). */
  env: Record<string, string>;
}

export interface SiteBuildResult {
  /** Whether the build threw, as `astro build` then exits 1. */
  failed: boolean;
  /** Everything the build printed, then the message of what it threw. */
  output: string;
}

/** Builds each site of `builds` in turn, in one child process; the results come in the same order. */
export async function buildSites(builds: readonly SiteBuild[]): Promise<SiteBuildResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-site-builds-'));
  try {
    const buildsFile = join(dir, 'builds.json');
    const resultsFile = join(dir, 'results.json');
    await writeFile(buildsFile, JSON.stringify(builds));
    await run(process.execPath, [fileURLToPath(import.meta.url), buildsFile, resultsFile], {
      env: childBuildEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(await readFile(resultsFile, 'utf8')) as SiteBuildResult[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type Write = typeof process.stdout.write;

/** Runs `work` with everything written to standard output and error kept in a string instead. */
async function capturing(work: () => Promise<void>): Promise<SiteBuildResult> {
  let output = '';
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write);
  const keep = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') (done as () => void)();
    return true;
  }) as Write;
  for (const stream of streams) stream.write = keep;
  try {
    await work();
    return { failed: false, output };
  } catch (error) {
    return { failed: true, output: `${output}\n${error instanceof Error ? error.message : String(error)}\n` };
  } finally {
    streams.forEach((stream, index) => (stream.write = writes[index]!));
  }
}

async function main([buildsFile, resultsFile]: string[]): Promise<number> {
  if (!buildsFile || !resultsFile) throw new Error('usage: node tests/support/site-builds.ts <builds.json> <results.json>');
  const { build } = await import('astro');
  const builds = JSON.parse(await readFile(buildsFile, 'utf8')) as SiteBuild[];
  const initial = { ...process.env };
  const results: SiteBuildResult[] = [];
  for (const [index, site] of builds.entries()) {
    // Each build starts from the same environment (the PDF step records its decision in it) and in its own
    // folder, as `astro build` run there would: the content loaders read content/ from the working folder.
    restoreEnv(initial);
    // Each its own caches too: a build in this process after another in the same cache folder reuses
    // the content the first one loaded (Astro keeps its content store in memory by file), not this build's.
    Object.assign(process.env, siteCacheEnv(join(site.root, `build-${index}`)), site.env);
    if (site.content) {
      await rm(join(site.root, 'content'), { recursive: true, force: true });
      await cp(join(site.content, 'content'), join(site.root, 'content'), { recursive: true });
    }
    process.chdir(site.root);
    results.push(await capturing(() => build({ root: site.root })));
  }
  await writeFile(resultsFile, JSON.stringify(results));
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
