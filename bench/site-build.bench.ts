/**
 * npm run bench:site: what a site build costs Tandem against Astro's own
 * documentation theme (Starlight) on the same guideline pages, at 15, 50 and
 * 100 pages (bench/site/pages.ts, bench/site/projects.ts).
 *
 * Each build is the whole command as a user runs it, cold (its Astro cache
 * emptied first): Tandem's `npm run build` (astro build, then pagefind; the
 * form PDFs left out, as Starlight prints none) and Starlight's `astro build`
 * (which runs pagefind itself). CPU time is user + system of the build and
 * every process it starts, including any it leaves running (bench/site/measure.ts),
 * median of the runs; builds alternate between the two sites.
 *
 * A straight line through (pages, CPU) splits each site's cost into a fixed
 * part (what the build costs before the first page: start-up, content sync,
 * Vite) and a cost per page. Targets: Tandem's fixed cost below Starlight's,
 * Tandem's cost per page kept level with Starlight's (within 10 %, about the
 * noise of three runs here), and a guideline page (its HTML and CSS, gzip)
 * within 6 KB.
 *
 * Then, with the form PDFs (bench/site/pdf-builds.ts): `npm run build` as
 * the README runs it on a fresh clone, and a rebuild after one guideline edit,
 * which must print no PDF, against Starlight's at 15, 100 and 500 pages.
 *
 *   npm run bench:site
 *   BENCH_SITE_SIZES=15,100 BENCH_PDF_SIZES=15 BENCH_RUNS=1 npm run bench:site
 *   BENCH_PDF_SIZES=0 npm run bench:site      # the cold builds only
 *   BENCH_SITE_SIZES=0 npm run bench:site     # the builds with PDFs only
 *
 * Exit 0 within targets, 1 outside them, 2 could not run.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPages } from './site/pages.ts';
import { measure } from './site/measure.ts';
import { PDF_SIZES, pdfBuilds } from './site/pdf-builds.ts';
import { CACHE_DIR, writeStarlightProject, writeTandemProject } from './site/projects.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = (process.env['BENCH_SITE_SIZES'] ?? '15,50,100').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const PAGE_LIMIT = 6 * 1024;

type Site = 'tandem' | 'starlight';

/** One cold build of `site` in `dir`: CPU seconds and wall seconds. */
async function build(site: Site, dir: string): Promise<{ cpu: number; wall: number }> {
  await rm(join(dir, CACHE_DIR), { recursive: true, force: true });
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  const env = { ...process.env, TANDEM_FORM_PDFS: '0', BASE_PATH: '/', TANDEM_OUT_DIR: join(dir, 'dist'), NO_COLOR: '1' };
  const astro = await measure(process.execPath, [ASTRO, 'build'], dir, env);
  if (site === 'starlight') return astro;
  const pagefind = await measure(process.execPath, [PAGEFIND, '--site', 'dist'], dir, env);
  return { cpu: astro.cpu + pagefind.cpu, wall: astro.wall + pagefind.wall };
}

/** The gzip size of each built guideline page with the stylesheets it links: the median, in bytes. */
async function medianPageWeight(dir: string, pages: { program: string; slug: string }[]): Promise<number> {
  const sizes: number[] = [];
  for (const page of pages) {
    const html = await readFile(join(dir, 'dist', page.program, page.slug, 'index.html'));
    let size = gzipSync(html).length;
    for (const match of html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
      size += gzipSync(await readFile(join(dir, 'dist', match[1]!))).length;
    }
    sizes.push(size);
  }
  return median(sizes);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Least squares through (pages, seconds): the fixed cost and the cost per page. */
function fitLine(points: { pages: number; cpu: number }[]): { fixed: number; perPage: number } {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.pages, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.cpu, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.pages - meanX) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.pages - meanX) * (p.cpu - meanY), 0);
  const perPage = sxx === 0 ? 0 : sxy / sxx;
  return { fixed: meanY - perPage * meanX, perPage };
}

async function main(): Promise<number> {
  const coldBuilds = !(SIZES.length === 1 && SIZES[0] === 0);
  if (coldBuilds && (SIZES.length < 2 || SIZES.some((size) => !Number.isInteger(size))))
    throw new Error('BENCH_SITE_SIZES needs two or more page counts (or 0 for none).');
  // Inside the repository, under .cache/: the projects resolve its node_modules as their own (bench/site/projects.ts).
  await mkdir(join(ROOT, '.cache'), { recursive: true });
  const work = await mkdtemp(join(ROOT, '.cache/bench-site-'));
  const print = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (!coldBuilds) return (await pdfBuilds(ROOT, work, RUNS, print)) ? 0 : 1;
    const points: Record<Site, { pages: number; cpu: number; wall: number }[]> = { tandem: [], starlight: [] };
    let weights: Record<Site, number> = { tandem: 0, starlight: 0 };
    print(
      `Cold builds of the same guideline pages, ${RUNS} run(s) each after one unmeasured, medians (CPU = user + system, all processes):`,
    );
    print('pages     Tandem CPU     wall    Starlight CPU     wall');
    for (const size of SIZES) {
      const pages = benchPages(ROOT, size);
      const dirs: Record<Site, string> = { tandem: join(work, `tandem-${size}`), starlight: join(work, `starlight-${size}`) };
      await writeTandemProject(ROOT, dirs.tandem, pages);
      await writeStarlightProject(dirs.starlight, pages);
      const measured: Record<Site, { cpu: number; wall: number }[]> = { tandem: [], starlight: [] };
      await build('tandem', dirs.tandem);
      await build('starlight', dirs.starlight);
      for (let run = 0; run < RUNS; run += 1) {
        for (const site of ['tandem', 'starlight'] as const) measured[site].push(await build(site, dirs[site]));
      }
      const row = (site: Site) => {
        const cpu = median(measured[site].map((m) => m.cpu));
        const wall = median(measured[site].map((m) => m.wall));
        points[site].push({ pages: size, cpu, wall });
        return `${cpu.toFixed(2).padStart(8)} s ${wall.toFixed(2).padStart(6)} s`;
      };
      print(`${String(size).padStart(5)}  ${row('tandem')}   ${row('starlight')}`);
      if (size === SIZES[SIZES.length - 1]) {
        weights = { tandem: await medianPageWeight(dirs.tandem, pages), starlight: await medianPageWeight(dirs.starlight, pages) };
      }
      await rm(dirs.tandem, { recursive: true, force: true });
      await rm(dirs.starlight, { recursive: true, force: true });
    }
    const tandem = fitLine(points.tandem);
    const starlight = fitLine(points.starlight);
    const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
    print(
      `fixed cost (before the first page): Tandem ${ms(tandem.fixed)} CPU, Starlight ${ms(starlight.fixed)} CPU (target: Tandem's lower)`,
    );
    print(`cost per page: Tandem ${ms(tandem.perPage)} CPU, Starlight ${ms(starlight.perPage)} CPU (target: Tandem's within 10 % of it)`);
    print(
      `a guideline page, HTML and CSS gzip (median): Tandem ${(weights.tandem / 1024).toFixed(1)} KB, Starlight ${(weights.starlight / 1024).toFixed(1)} KB (target: Tandem's within 6 KB)`,
    );
    for (const size of SIZES) {
      const t = points.tandem.find((p) => p.pages === size)!;
      const s = points.starlight.find((p) => p.pages === size)!;
      print(`at ${size} pages Tandem costs ${(t.cpu / s.cpu).toFixed(2)}x Starlight's CPU`);
    }
    const pdfTarget = PDF_SIZES.length === 0 || PDF_SIZES[0] === 0 ? true : await pdfBuilds(ROOT, work, RUNS, print);
    const within = tandem.fixed < starlight.fixed && tandem.perPage <= starlight.perPage * 1.1 && weights.tandem <= PAGE_LIMIT && pdfTarget;
    print(within ? 'within targets' : 'OUTSIDE TARGETS');
    return within ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench:site: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
});
