/**
 * Every internal link goes through here so that the site works both at the
 * root (locally) and under /<repository>/ on GitHub Pages (and in the tests' build).
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** The site-relative URL of a path such as `alao/` or `search/` (always with the base prefix). */
export function sitePath(path = ''): string {
  const trimmed = path.replace(/^\/+/, '');
  return `${base}/${trimmed}`;
}

/** Whether two site URLs point at the same page, ignoring a missing trailing slash. */
export function isSamePage(a: string, b: string): boolean {
  const normal = (url: string) => (url.endsWith('/') ? url : `${url}/`);
  return normal(a) === normal(b);
}
