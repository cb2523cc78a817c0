/**
 * The validate job installs the runtime dependencies only (`npm ci
 * --omit=dev`, validate.yml): every package `node scripts/validate.ts` and
 * `node scripts/pr-summary.ts` load must be one npm installs without the dev
 * dependencies (package-lock.json marks the others `dev`). Each script runs as
 * the job runs it, with a preload that records the packages it loads.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../support/run-main.ts';

const run = promisify(execFile);
const lock = JSON.parse(readFileSync(join(PROJECT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
const RECORDER = pathToFileURL(join(PROJECT, 'tests/support/record-packages.mjs')).href;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-job-deps-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The package folders (`node_modules/...`) the script loaded, run in the project with `args`. */
async function packagesLoadedBy(script: string, args: string[]): Promise<string[]> {
  const record = join(dir, `${script.replace(/\W/g, '-')}.txt`);
  await run(process.execPath, ['--import', RECORDER, join(PROJECT, script), ...args], {
    cwd: PROJECT,
    env: { ...process.env, RECORD_PACKAGES_FILE: record },
  }).catch((error: { code?: number }) => {
    // Exit 1 is "invalid data", still a full run; anything else is a failure to run.
    if (error.code !== 1) throw error;
  });
  return (await readFile(record, 'utf8')).split('\n').filter(Boolean);
}

/** The loaded packages npm leaves out under --omit=dev. */
const devOnly = (folders: string[]) => folders.filter((folder) => lock.packages[folder]?.dev === true || !lock.packages[folder]);

describe('the validate job, on runtime dependencies only', () => {
  it('validates with annotations using no dev dependency', async () => {
    const loaded = await packagesLoadedBy('scripts/validate.ts', ['--format', 'github']);
    // The recording works: the fast YAML reader is among what it saw.
    expect(loaded).toContain('node_modules/js-yaml');
    expect(devOnly(loaded)).toEqual([]);
  });

  it('summarises the pull request using no dev dependency', async () => {
    const changes = join(dir, 'changes.txt');
    const diagnostics = join(dir, 'validation.json');
    await writeFile(changes, 'A\tcontent/contracts/alao/2026-thistlewood-quillfeather.yaml\n');
    const { stdout } = await run(process.execPath, [join(PROJECT, 'scripts/validate.ts'), '--format', 'json'], { cwd: PROJECT });
    await writeFile(diagnostics, stdout);
    const loaded = await packagesLoadedBy('scripts/pr-summary.ts', ['--changes', changes, '--diagnostics', diagnostics]);
    expect(devOnly(loaded)).toEqual([]);
  });

  it('would notice a dev dependency (the check itself can fail)', () => {
    expect(devOnly(['node_modules/vitest', 'node_modules/yaml'])).toEqual(['node_modules/vitest']);
  });
});
