import type { Rule } from './rule.ts';

const PROGRAMS_FOLDER = 'content/programs/';

/** Pages every program has besides its guidelines (see src/pages/[program]/). */
const PROGRAM_PAGES = ['', 'calendar.ics', 'statistics/'];
/** Pages of programs with a written contract only (the PDFs are printed there by npm run forms:pdf on deploy). */
const CONTRACT_PAGES = ['contract/', 'contract.pdf', 'contract-a4.pdf'];
/** Site-wide pages (src/pages/index.astro, search.astro). */
const SITE_PAGES = ['/', '/search/'];
const SITE = 'https://site.invalid';

/** The site path a link points to, relative to the page's own URL; undefined for links off the site. */
function resolveLink(url: string, pageUrl: string): string | undefined {
  if (url.startsWith('#')) return undefined;
  let target: URL;
  try {
    target = new URL(url, `${SITE}${pageUrl}`);
  } catch {
    return url; // not a URL at all: reported as a page that does not exist
  }
  if (target.origin !== SITE) return undefined;
  let path = decodeURI(target.pathname);
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) path += '/'; // `../contract` and `../contract/` are the same page
  return path;
}

/** Links between pages of the site point at pages that exist; links off the site are not checked. */
export const guidelineLink: Rule = {
  id: 'guideline-link',
  check({ repository, programFolders, paths, guidelineLinks, report }) {
    const pages = new Set<string>(SITE_PAGES);
    for (const program of programFolders) {
      // A program.yaml that did not load reports its own errors: assume its contract pages rather than add noise.
      const hasForm = repository.programs.get(program)?.data.contract !== undefined || !repository.programs.has(program);
      for (const page of [...PROGRAM_PAGES, ...(hasForm ? CONTRACT_PAGES : [])]) pages.add(`/${program}/${page}`);
    }
    for (const path of paths) {
      if (!path.startsWith(PROGRAMS_FOLDER)) continue; // the regular expression below, for every pairing and contract, is measurable
      const match = /^content\/programs\/([^/]+)\/guidelines\/([^/]+)\.mdx$/.exec(path);
      if (match) pages.add(`/${match[1]}/${match[2]}/`);
    }
    for (const [file, links] of guidelineLinks) {
      const match = /^content\/programs\/([^/]+)\/guidelines\/([^/]+)\.mdx$/.exec(file);
      if (!match) continue;
      const pageUrl = `/${match[1]}/${match[2]}/`;
      for (const link of links) {
        const target = resolveLink(link.url, pageUrl);
        if (target === undefined || pages.has(target)) continue;
        const mdx = /\/([^/]+)\.mdx\/?$/.exec(target);
        const hint = mdx
          ? ` Link to the page's address instead, ../${mdx[1]}/.`
          : " Links are relative to the page's address /<program>/<page>/: ../<page>/ for another guideline, ../ for the program's overview, ../contract/ for the contract form (in programs that have one).";
        report(file, { line: link.line, column: link.column }, `Link to a page that does not exist (${target}).${hint}`);
      }
    }
  },
};
