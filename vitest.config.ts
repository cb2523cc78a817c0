import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects, chosen by file name:
 * - `unit`: the library, the scripts (called through their `main`), the
 *   GitHub code against the test server. No site build, no browser:
 *   `npx vitest run tests/lib` (or any unit file) starts in seconds.
 * - `site`: every `*.site.test.ts`, the tests that read the built site or
 *   drive Chromium. Its global setup builds the site once
 *   (tests/global-setup.ts) for all of them; it runs only when a site test is
 *   selected.
 *
 * Tests mirror the code they test: `tests/lib/<area>/` for `src/lib/<area>/`
 * and the scripts built on it, `tests/site/` for the pages, `tests/workflows/`
 * for `.github/`, `tests/tooling/` for the project's own tooling.
 */
const SITE_TESTS = ['tests/**/*.site.test.ts'];

export default defineConfig({
  test: {
    // process.chdir in tests/support/run-main.ts needs a process per worker, not a thread.
    pool: 'forks',
    // Two cores, shared: browser tests and builds with modest parallelism, timeouts well above what a test needs.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/slowest-files-reporter.ts'],
    setupFiles: ['tests/support/bottleneck-immediate-yields.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: SITE_TESTS,
          // Files share their worker's modules (the compiled schemas, the YAML reader, octokit) instead of
          // importing them afresh each: the unit run takes 22 s instead of 36. Tests therefore put back what
          // they change (folder, environment in place: tests/support/restore-env.ts, spies, exit code).
          isolate: false,
          // Node's compile cache for the workers and the scripts they start: the modules a worker loads from
          // node_modules (TypeScript, ESLint, octokit, ...) are compiled once, not on every run.
          env: { NODE_COMPILE_CACHE: fileURLToPath(new URL('node_modules/.cache/node-compile', import.meta.url)) },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['tests/global-setup.ts'],
          // As in the unit project: files share their worker's modules (playwright-core, the HTML parser, the
          // compiled schemas), about 4 s of CPU less per run; each file closes its browser contexts and servers.
          isolate: false,
        },
      },
    ],
  },
});
