// @ts-check
/**
 * ESLint runs only Astro's own rules (eslint-plugin-astro), on .astro files:
 * rules oxlint does not have. Everything else, .astro frontmatter and scripts
 * included, is oxlint's (.oxlintrc.json), run with the type check by
 * npm run check:code.
 */
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/'] },
  ...astro.configs.recommended,
  {
    // The frontmatter is TypeScript: the Astro parser hands it to typescript-eslint's parser (no type information).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
];
