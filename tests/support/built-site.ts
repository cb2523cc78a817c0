import { childBuildEnv, siteCacheEnv } from './child-env.ts';
export { childBuildEnv };
/**
 * Reading the built site (dist) and the content it was built from, for the
 * site tests. Not a test file itself.
 */
import { execFile } from 'node:child_process';
import { cp, readFile, readdir, symlink } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { DomUtils, parseDocument } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';

const run = promisify(execFile);

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export const CONTENT_DIR = 'content';

/**
 * The base path the shared test build (tests/global-setup.ts) is published
 * under, as the GitHub Pages deploy publishes the site (/<repository>/): every
 * site test reads the site where a reader finds it, so an unprefixed link is
 * a broken one.
 */
export const SITE_BASE = '/tandem-under-test/';

/** The URL path at which the test build serves a site path: `/alao/` is `/tandem-under-test/alao/`. */
export function underBase(path: string): string {
  return `${SITE_BASE}${path.replace(/^\/+/, '')}`;
}

/** The file of the built site `distDir` that a URL path names, or undefined when the path lies outside the base. */
export function builtFileAt(distDir: string, pathname: string): string | undefined {
  return pathname.startsWith(SITE_BASE) ? join(distDir, decodeURIComponent(pathname.slice(SITE_BASE.length))) : undefined;
}

/**
 * The intake mailboxes the test build gives ALAO and ALCTS in its copy of their
 * program.yaml (the real programs' documents name none), for the forms' "Send
 * by email"; CALA keeps none, for the forms of a program without one.
 */
export const INTAKE_MAILBOXES = { alao: 'alao-forms@example.org', alcts: 'alcts-mentoring+intake@example.org' } as const;

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a built HTML file is served at: `alao/index.html` is `/alao/`, `404.html` is `/404.html`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export interface BuiltPage {
  file: string;
  /** The page's path within the site (`/alao/`); the test build serves it at `underBase(url)`. */
  url: string;
  html: string;
  document: HtmlDocument;
}

export async function builtPages(distDir: string): Promise<BuiltPage[]> {
  const files = (await listFiles(distDir)).filter((file) => file.endsWith('.html'));
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(distDir, file), 'utf8');
      return { file, url: urlPathOf(file), html, document: parseDocument(html) };
    }),
  );
}

/** Every `href` to a .pdf in the built HTML pages of `dist`, by page. */
export async function pdfLinks(dist: string): Promise<{ page: string; href: string }[]> {
  const links: { page: string; href: string }[] = [];
  for (const file of (await listFiles(dist)).filter((name) => name.endsWith('.html'))) {
    const html = await readFile(join(dist, file), 'utf8');
    for (const match of html.matchAll(/href="([^"]+\.pdf)"/g)) links.push({ page: file, href: match[1]! });
  }
  return links;
}

export function elements(document: HtmlDocument, tag: string): HtmlElement[] {
  return DomUtils.getElementsByTagName(tag, document, true);
}

export function textOf(element: HtmlElement): string {
  return DomUtils.textContent(element).replace(/\s+/g, ' ').trim();
}

export interface GuidelineSource {
  program: string;
  slug: string;
  title: string;
  order: number;
  body: string;
}

export interface ContentSource {
  /** `contract`: whether the program has a written contract (a contract form page); `applications`: whether program.yaml describes applying (an application form page). */
  programs: { id: string; name: string; contract: boolean; applications: boolean }[];
  guidelines: GuidelineSource[];
}

/** The programs and guideline pages in content/programs, read straight from the files. */
export async function contentSource(): Promise<ContentSource> {
  const files = await listFiles(join(CONTENT_DIR, 'programs'));
  const programs: ContentSource['programs'] = [];
  const guidelines: GuidelineSource[] = [];
  for (const file of files) {
    const [program = '', ...rest] = file.split('/');
    const text = await readFile(join(CONTENT_DIR, 'programs', file), 'utf8');
    if (rest.join('/') === 'program.yaml') {
      const data = parseYaml(text) as { name: string; contract?: unknown; applications?: unknown };
      programs.push({ id: program, name: data.name, contract: data.contract !== undefined, applications: data.applications !== undefined });
    } else if (rest.length === 2 && rest[0] === 'guidelines' && file.endsWith('.mdx')) {
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file} has no frontmatter`);
      const data = parseYaml(match[1] ?? '') as { title: string; order: number };
      guidelines.push({ program, slug: (rest[1] ?? '').replace(/\.mdx$/, ''), title: data.title, order: data.order, body: match[2] ?? '' });
    }
  }
  return { programs, guidelines };
}

/** A program's guideline pages in the order the site must show them. */
export function inReadingOrder(guidelines: GuidelineSource[], program: string): GuidelineSource[] {
  return guidelines
    .filter((guideline) => guideline.program === program)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/**
 * A copy of the site's sources (src, schemas, public, config) in `dir`,
 * sharing node_modules, so that a test can build the site there without
 * touching the working tree's .astro cache or dist. Without content/: each
 * caller puts in the content its build is about. A build there keeps Astro's
 * caches in the copy (`siteCacheEnv`), not in the shared node_modules.
 */
export async function copySiteSources(dir: string): Promise<void> {
  const root = resolve('.');
  // scripts/pdf: the config's PDF step (scripts/pdf/build-integration.ts) lives there.
  const entries = ['src', 'schemas', 'public', 'scripts/pdf', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
  for (const entry of entries) await cp(join(root, entry), join(dir, entry), { recursive: true });
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
}

/** Runs `astro build` in `dir`, with its caches there (`siteCacheEnv`); returns whether it failed and everything it printed. */
export async function astroBuild(dir: string, env: Record<string, string>): Promise<{ failed: boolean; output: string }> {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'build'], {
      cwd: dir,
      env: childBuildEnv({ ...siteCacheEnv(dir), ...env }),
      maxBuffer: 16 * 1024 * 1024,
    });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}
