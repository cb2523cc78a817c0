/**
 * URL names the site's own pages take, which content may not take: a guideline
 * file `contract.mdx` would be built at /<program>/contract/, where the
 * printable form is; a program folder `search` would be /search/, the search
 * page. The validator reports both (rules `guideline-reserved-name` and
 * `program-reserved-name`) and the site build refuses them; a test keeps these
 * lists equal to the files in src/pages/ and what the build adds.
 */

/** Names under /<program>/ taken by src/pages/[program]/ (besides the guideline pages themselves). */
export const PROGRAM_PAGE_NAMES: readonly string[] = ['index', 'contract', 'statistics', 'calendar.ics', 'application'];

/** Names at the site's root taken by src/pages/, public/ and the build (Astro's assets, the Pagefind index). */
export const SITE_PAGE_NAMES: readonly string[] = ['index', '404', 'search', 'favicon.svg', '_astro', 'pagefind'];

/** Whether a guideline file name (without .mdx) would take the URL of another page of its program. */
export const isReservedGuidelineName = (name: string): boolean => PROGRAM_PAGE_NAMES.includes(name);

/** Whether a program folder name would take the URL of a page at the site's root. */
export const isReservedProgramName = (name: string): boolean => SITE_PAGE_NAMES.includes(name);
