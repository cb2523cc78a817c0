import { join } from 'node:path';

/**
 * The environment for a child build or script started from a test. Vitest puts
 * Vite's own variables (BASE_URL, MODE, ...) into process.env; a child
 * `astro build` would read BASE_URL as its base path, so they are left out.
 */
export function childBuildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key) || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * The variable that keeps the caches of a build in the copy `dir` apart
 * (astro.config.mjs): builds run side by side in copies sharing one
 * node_modules would otherwise rename the same node_modules/.astro/data-store.json.tmp
 * over each other, and one of them fail with ENOENT.
 */
export function siteCacheEnv(dir: string): { TANDEM_CACHE_DIR: string } {
  return { TANDEM_CACHE_DIR: join(dir, '.cache') };
}
