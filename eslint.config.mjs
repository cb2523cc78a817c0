// @ts-check
/**
 * Lint rules that catch real bugs (promises left floating or passed where a
 * callback's result is ignored, a switch that misses a case, type-only imports
 * that Node's type stripping needs as such), not style: layout is Prettier's job.
 * TypeScript files are linted with type information (typescript-eslint's project
 * service reads tsconfig.json); .astro files with the Astro plugin's rules and the
 * rules that need no types.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated files are not linted: they are written by npm run generate and checked for staleness by its --check.
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'src/lib/types.generated.ts', 'src/lib/compiled-schemas/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // `typeof import('yaml')` stays allowed: it types a module loaded lazily, on first use.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Style, not bugs: an async method that implements an async interface need not await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read JSON output (JSON.parse is `any`) and assert on it: the assertions are the check.
    files: ['tests/**/*.ts', 'bench/**/*.{ts,mjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // vi.mocked(process.stdout.write) and expect(object.method) are how tests hold methods.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  ...astro.configs.recommended,
  {
    // Astro components: the plugin's parser hands the frontmatter to typescript-eslint, without type information,
    // and so are their <script> blocks (virtual `*.astro/*.ts` files): those only import modules under src/client/,
    // which are linted with types. Type-checking the blocks cost a second TypeScript program, half of a cold lint.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
