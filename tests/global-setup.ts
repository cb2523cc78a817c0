import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

/**
 * Builds the site once per test run, with the example contracts and pairings
 * present in content/, so that every site test (routes, links, privacy,
 * accessibility) looks at the same real output.
 */
export default async function setup(project: TestProject): Promise<void> {
  const distDir = resolve('.cache/test-dist');
  await rm(distDir, { recursive: true, force: true });
  const env = { ...process.env, TANDEM_OUT_DIR: distDir, BASE_PATH: '/' };
  await run('npx', ['astro', 'build'], { env, maxBuffer: 64 * 1024 * 1024 });
  await run('npx', ['pagefind', '--site', distDir], { env, maxBuffer: 64 * 1024 * 1024 });
  project.provide('distDir', distDir);
}
