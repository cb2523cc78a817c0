/**
 * Frontmatter that runs code if anything evaluates it: it sets a global and
 * writes a marker file. Every reader of guideline pages and notice texts is
 * tested with it, under every fence gray-matter would take for a language.
 */
import { existsSync } from 'node:fs';

/** The opening lines that name a language, as gray-matter reads them (case, spacing and aliases). */
export const LANGUAGE_FENCES = [
  '---js',
  '---javascript',
  '---JS',
  '---JavaScript',
  '--- js',
  '---\tjs',
  '---  javascript  ',
  '---coffee',
  '---coffeescript',
  '---cson',
  '---json',
  '---toml',
  '---yaml',
  '---yml',
  '----js',
] as const;

export const RAN_GLOBAL = '__tandemFrontmatterRan';

/** A page or notice whose frontmatter, evaluated, sets `globalThis[RAN_GLOBAL]` and writes `marker`. */
export function codeFrontmatter(fence: string, marker: string, fields: string, body = '\nText.\n'): string {
  const code = `(globalThis.${RAN_GLOBAL} = true, require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), { ${fields} })`;
  return `${fence}\n${code}\n---\n${body}`;
}

/** Whether the code ran (in this process, or in another that wrote the marker). */
export function codeRan(marker: string): boolean {
  return (globalThis as Record<string, unknown>)[RAN_GLOBAL] === true || existsSync(marker);
}
