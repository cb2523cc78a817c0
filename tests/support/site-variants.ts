/**
 * Variants of the site that some site tests build besides the shared test
 * build (tests/global-setup.ts): the site under a base path, and the site with
 * intake mailboxes built where no Chromium is found. Each is built once, by the
 * first test file that asks for it (the others wait for it), and, like the
 * test build, reused while nothing it is built from changes: an `astro build`
 * costs about 5 s of CPU, and two files read the second variant. Not a test
 * file itself.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { astroBuild, copySiteSources } from './built-site.ts';
import { SITE_INPUTS, fingerprint } from './site-fingerprint.ts';

/** The base path of the `base-path` variant, as the GitHub Pages deploy gives it (/<repository>/). */
export const BASE_PATH_UNDER_TEST = '/tandem-under-test/';

/** The intake mailboxes of the `intake-no-browser` variant (the real programs' documents name none). */
export const INTAKE_MAILBOXES = { alao: 'alao-forms@example.org', alcts: 'alcts-mentoring+intake@example.org' } as const;

interface Variant {
  /** Changes the copy of the sources before the build. */
  edit?: (sources: string) => Promise<void>;
  /** The build's environment; `out` is the folder it builds into. */
  env: (out: string) => Record<string, string>;
}

const VARIANTS = {
  /** The real programs, published under BASE_PATH_UNDER_TEST (tests/site/base-path.site.test.ts). */
  'base-path': {
    env: () => ({ BASE_PATH: BASE_PATH_UNDER_TEST.slice(0, -1), NO_COLOR: '1', FORCE_COLOR: '0' }),
  },
  /**
   * The real programs, ALAO and ALCTS with an intake mailbox, built with no Chromium to be found: the
   * forms' "Send by email" (tests/lib/forms/send-by-email.site.test.ts) and a build without a browser
   * (tests/lib/forms/build-pdfs.site.test.ts) in one build.
   */
  'intake-no-browser': {
    edit: async (sources) => {
      for (const [id, email] of Object.entries(INTAKE_MAILBOXES)) {
        const path = join(sources, 'content/programs', id, 'program.yaml');
        await writeFile(path, `${await readFile(path, 'utf8')}\nintake:\n  email: ${email}\n`);
      }
    },
    env: (out) => ({ BASE_PATH: '/', CHROMIUM_PATH: join(out, 'no-such-chromium'), NO_COLOR: '1', FORCE_COLOR: '0' }),
  },
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;

export interface BuiltVariant {
  /** The built site. */
  distDir: string;
  /** Whether `astro build` failed, and everything it printed. */
  failed: boolean;
  output: string;
}

interface BuildRecord {
  stamp: string;
  failed: boolean;
  output: string;
}

/** The variant's fingerprint: the site's inputs, and this file and the source copy that say how it is built. */
async function stampOf(name: VariantName): Promise<string> {
  return `${name}:${await fingerprint([...SITE_INPUTS, 'tests/support/site-variants.ts', 'tests/support/built-site.ts'])}`;
}

async function readRecord(folder: string): Promise<BuildRecord | undefined> {
  const text = await readFile(join(folder, 'build.json'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as BuildRecord);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Holds `lock` (a folder: made or not, atomically) while `work` runs; waits for another process that holds it, unless that one is gone. */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => 'NaN'));
      if (Number.isInteger(holder) && !isRunning(holder)) await rm(lock, { recursive: true, force: true });
      else await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    await writeFile(join(lock, 'pid'), String(process.pid));
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** The variant `name`, built now unless an unchanged tree built it before (a failed build is never reused). */
export async function builtVariant(name: VariantName): Promise<BuiltVariant> {
  const variant: Variant = VARIANTS[name];
  const folder = resolve(`.cache/test-site-${name}`);
  const stamp = await stampOf(name);
  const reuse = async () => {
    const record = await readRecord(folder);
    return record?.stamp === stamp && !record.failed ? { distDir: join(folder, 'dist'), failed: false, output: record.output } : undefined;
  };
  const ready = await reuse();
  if (ready) return ready;
  await mkdir(resolve('.cache'), { recursive: true });
  return withLock(`${folder}.lock`, async () => {
    // Built by the file that held the lock before this one.
    const built = await reuse();
    if (built) return built;
    // Build beside the old output and swap it in at the end, as the test build does (tests/global-setup.ts).
    const building = `${folder}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    const sources = await mkdtemp(join(tmpdir(), `tandem-${name}-`));
    try {
      await copySiteSources(sources, { withPrograms: true });
      await variant.edit?.(sources);
      const result = await astroBuild(sources, { TANDEM_OUT_DIR: join(building, 'dist'), ...variant.env(join(building, 'dist')) });
      // The output names the folder it built into; the tests read it under its final name.
      const output = result.output.split(building).join(folder);
      await mkdir(building, { recursive: true });
      await writeFile(join(building, 'build.json'), JSON.stringify({ stamp, failed: result.failed, output } satisfies BuildRecord));
      await rm(folder, { recursive: true, force: true });
      await rename(building, folder);
      return { distDir: join(folder, 'dist'), failed: result.failed, output };
    } finally {
      await rm(sources, { recursive: true, force: true });
      await rm(building, { recursive: true, force: true });
    }
  });
}
