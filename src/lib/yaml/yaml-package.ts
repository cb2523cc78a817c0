/**
 * The `yaml` package, loaded on first use. The validator reads most files the
 * fast way (js-yaml) and needs this package only for a file with a problem to
 * read strictly or place; importing it up front costs every run ~40-50 ms
 * (measured by npm run bench). createRequire, as in ../validate/guideline.ts,
 * also works once Vite bundles this file into the Astro build.
 */
import { createRequire } from 'node:module';

type YamlPackage = typeof import('yaml');

let loaded: YamlPackage | undefined;

export function yamlPackage(): YamlPackage {
  loaded ??= createRequire(import.meta.url)('yaml') as YamlPackage;
  return loaded;
}
