// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL and BASE_PATH let the GitHub Pages deploy publish under /<repository>/;
// locally and in tests the site lives at the root.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://tandem.example',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.TANDEM_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx()],
});
