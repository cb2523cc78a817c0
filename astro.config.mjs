// @ts-check
import mdx from '@astrojs/mdx';
import { formPdfsIntegration } from './scripts/pdf/build-integration.ts';

// SITE_URL and BASE_PATH let the GitHub Pages deploy publish under /<repository>/;
// locally the site lives at the root (the tests build it under a base path, as the deploy does).
//
// TANDEM_CACHE_DIR moves Astro's and Vite's caches (node_modules/.astro and .vite by default)
// to a folder of their own: builds run side by side from copies of the site that share one
// node_modules (as the tests do) would otherwise write the same cache files over each other.
const cacheDir = process.env.TANDEM_CACHE_DIR;

// A typed object rather than `defineConfig` from 'astro/config': that helper only
// returns its argument, but its module loads SVGO and CSSO (about 150 ms of every
// build) for an SVG optimizer this site does not use.
/** @type {import('astro').AstroUserConfig} */
export default {
  site: process.env.SITE_URL ?? 'https://tandem.example',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.TANDEM_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir: `${cacheDir}/astro` } : {}),
  // formPdfsIntegration: the build prints the form PDFs when a Chromium is found, and links them only then.
  integrations: [mdx(), formPdfsIntegration()],
  vite: {
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
    build: {
      rollupOptions: {
        // Astro's MDX pipeline emits a "use astro:head-inject" directive that the
        // bundler warns about once per page (withastro/astro#18087); it is
        // harmless and not ours, and would hide the warnings that are.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
};
