/**
 * Which pages of the site a pull request changes, from its list of changed
 * files: a guideline page is its own URL; a program.yaml changes the
 * program's overview and its form pages. The build says which of those exist
 * (`exists`), so a program without an application form lists none.
 */

export interface ChangedPages {
  /** Site paths (from the site's root, with a trailing slash) to look at in the preview. */
  pages: string[];
  /** Guideline pages the pull request removes. */
  removed: string[];
}

const GUIDELINE = /^content\/programs\/([a-z0-9-]+)\/guidelines\/([a-z0-9-]+)\.mdx$/;
const PROGRAM = /^content\/programs\/([a-z0-9-]+)\/program\.yaml$/;
/** The pages derived from program.yaml, besides the guideline pages. */
const PROGRAM_PAGES = ['', 'contract/', 'application/', 'statistics/'];

/** One line of `git diff --name-status --no-renames`: a status letter, a tab, a path. */
export function parseNameStatus(text: string): Array<{ status: string; path: string }> {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[0]!.length > 0)
    .map(([status, path]) => ({ status: status[0]!, path }));
}

export function changedPages(changes: ReadonlyArray<{ status: string; path: string }>, exists: (page: string) => boolean): ChangedPages {
  const pages = new Set<string>();
  const removed = new Set<string>();
  for (const { status, path } of changes) {
    const guideline = GUIDELINE.exec(path);
    if (guideline) {
      const page = `/${guideline[1]}/${guideline[2]}/`;
      if (status === 'D') removed.add(page);
      else pages.add(page);
      continue;
    }
    const program = PROGRAM.exec(path);
    if (program && status !== 'D') for (const suffix of PROGRAM_PAGES) pages.add(`/${program[1]}/${suffix}`);
  }
  return { pages: [...pages].filter(exists).sort(), removed: [...removed].sort() };
}

/** A list read back from the preview artifact, which the pull request's own code wrote: only plain site paths pass. */
export function trustedPages(value: unknown): ChangedPages {
  const list = (field: unknown): string[] =>
    Array.isArray(field)
      ? field.filter((page): page is string => typeof page === 'string' && /^\/(?:[a-z0-9-]+\/){0,3}$/.test(page)).slice(0, 200)
      : [];
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { pages: list(record['pages']), removed: list(record['removed']) };
}

export const PREVIEW_MARKER = '<!-- tandem:site-preview -->';

/** The pull request comment: the pages to look at and how to open the preview. */
export function previewComment(changed: ChangedPages, runUrl: string): string {
  const lines = [PREVIEW_MARKER, '### Site preview', ''];
  if (changed.pages.length === 0 && changed.removed.length === 0) {
    lines.push('This pull request changes no guideline page or program.yaml: there is no preview to look at.');
    return `${lines.join('\n')}\n`;
  }
  if (changed.pages.length > 0) {
    lines.push('Pages this pull request changes:', '');
    for (const page of changed.pages) lines.push(`- \`${page}\``);
    lines.push('');
  }
  if (changed.removed.length > 0) {
    lines.push('Pages it removes:', '');
    for (const page of changed.removed) lines.push(`- \`${page}\``);
    lines.push('');
  }
  lines.push(
    'To open the preview:',
    '',
    `1. Open [the checks run](${runUrl}), and under **Artifacts** download \`site-preview\`.`,
    '2. Unzip it, and in the unzipped folder run `npx serve` (or `python3 -m http.server 3000`).',
    '3. Open `http://localhost:3000` followed by a page above, for example `http://localhost:3000' + (changed.pages[0] ?? '/') + '`.',
  );
  return `${lines.join('\n')}\n`;
}
