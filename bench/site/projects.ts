/**
 * The two sites of the site-build benchmark, written into temporary folders
 * with the same pages (bench/site/pages.ts):
 *
 * - Tandem: this repository's site sources (src, schemas, public, the config)
 *   and its programs, with their guideline pages replaced by the bench pages.
 * - Starlight: Astro's documentation theme, as its getting-started guide sets
 *   it up (the docs loader and schema, the integration with a title), with the
 *   same pages under src/content/docs/<program>/.
 *
 * Both folders lie inside this repository (under .cache/), so that they find
 * its node_modules as any project finds its own (a symbolic link instead makes
 * Vite see Starlight's components under two paths), and each has an Astro
 * cache folder of its own, emptied before every build, so each build is cold
 * as on a fresh clone and neither warms the other.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchPage } from './pages.ts';

/** Where each project's Astro cache lives (Astro's default, node_modules/.astro, would be this repository's, shared by both). */
export const CACHE_DIR = '.bench-astro-cache';

/** Frontmatter as YAML, every value quoted as JSON (a YAML subset), so that titles with colons stay strings. */
function frontmatter(fields: Record<string, string | number | Record<string, number>>): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    typeof value === 'object'
      ? `${key}:\n${Object.entries(value)
          .map(([inner, number]) => `  ${inner}: ${number}`)
          .join('\n')}`
      : `${key}: ${JSON.stringify(value)}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

export async function writeTandemProject(root: string, dir: string, pages: readonly BenchPage[]): Promise<void> {
  for (const entry of ['src', 'schemas', 'public', 'scripts/pdf', 'tsconfig.json', 'package.json', 'content/programs']) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  const config = await readFile(join(root, 'astro.config.mjs'), 'utf8');
  const withCache = config.replace(/^export default \{$/m, `export default {\n  cacheDir: './${CACHE_DIR}',`);
  if (withCache === config) throw new Error('astro.config.mjs no longer has the `export default {` line the benchmark adds cacheDir to.');
  await writeFile(join(dir, 'astro.config.mjs'), withCache);
  for (const program of new Set(pages.map((page) => page.program))) {
    await rm(join(dir, 'content/programs', program, 'guidelines'), { recursive: true, force: true });
    await mkdir(join(dir, 'content/programs', program, 'guidelines'), { recursive: true });
  }
  for (const page of pages) {
    const head = frontmatter({ title: page.title, description: page.description, order: page.order });
    await writeFile(join(dir, 'content/programs', page.program, 'guidelines', `${page.slug}.mdx`), head + page.body);
  }
}

const STARLIGHT_CONFIG = `import starlight from '@astrojs/starlight';

export default {
  cacheDir: './${CACHE_DIR}',
  site: 'https://tandem.example',
  integrations: [starlight({ title: 'Mentoring programs' })],
};
`;

const STARLIGHT_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

export async function writeStarlightProject(dir: string, pages: readonly BenchPage[]): Promise<void> {
  await mkdir(join(dir, 'src/content/docs'), { recursive: true });
  // Astro bundles the Astro packages a project depends on (it reads package.json for them); without these, Starlight's
  // components would be left outside the bundle and fail to load their `astro:` modules.
  const dependencies = { astro: '*', '@astrojs/starlight': '*' };
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies }));
  await writeFile(join(dir, 'astro.config.mjs'), STARLIGHT_CONFIG);
  await writeFile(join(dir, 'src/content.config.ts'), STARLIGHT_COLLECTIONS);
  await writeFile(
    join(dir, 'src/content/docs/index.mdx'),
    frontmatter({ title: 'Mentoring programs', description: 'The guidelines of three mentoring programs.' }) +
      '\nThe guidelines of each program, one page per topic.\n',
  );
  for (const page of pages) {
    await mkdir(join(dir, 'src/content/docs', page.program), { recursive: true });
    const head = frontmatter({ title: page.title, description: page.description, sidebar: { order: page.order } });
    await writeFile(join(dir, 'src/content/docs', page.program, `${page.slug}.mdx`), head + page.body);
  }
}
