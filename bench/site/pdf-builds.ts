/**
 * The second part of `npm run bench:site`: what a user's builds cost with the
 * form PDFs, against Starlight on the same pages.
 *
 * - first build: `npm run build` as the README runs it, on a fresh clone (no
 *   Astro cache, no PDF cache): Tandem prints its form PDFs with Chromium.
 * - rebuild: one guideline page edited, then `npm run build` again, caches
 *   kept as a user's folder keeps them: no form changed, so Tandem must print
 *   no PDF and start no browser (its build says so; the benchmark checks).
 *
 * Starlight's side is its `npm run build` (astro build, pagefind inside) with
 * the same page edited. CPU is every process's, including any left running.
 */
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measure, type Measured } from './measure.ts';
import { benchPages, type BenchPage } from './pages.ts';
import { writeStarlightProject, writeTandemProject } from './projects.ts';

export const PDF_SIZES = (process.env['BENCH_PDF_SIZES'] ?? '15,100,500').split(',').map(Number);

type Site = 'tandem' | 'starlight';

/** `npm run build` the way a user types it: through npm (the one running this, when there is one). */
function npmBuild(dir: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  const npm = process.env['npm_execpath'];
  return npm ? measure(process.execPath, [npm, 'run', 'build'], dir, env) : measure('npm', ['run', 'build'], dir, env);
}

/** The source file of a bench page in either project. */
function pageFile(site: Site, dir: string, page: BenchPage): string {
  return site === 'tandem'
    ? join(dir, 'content/programs', page.program, 'guidelines', `${page.slug}.mdx`)
    : join(dir, 'src/content/docs', page.program, `${page.slug}.mdx`);
}

interface PdfBuildRow {
  pages: number;
  first: Record<Site, Measured>;
  rebuild: Record<Site, Measured>;
}

/** How many PDFs a Tandem build printed, from its own line (scripts/pdf/build-integration.ts). */
export function printedPdfs(output: string): number | undefined {
  if (/Form PDFs: \d+ unchanged, copied from .*\(no browser started\)/.test(output)) return 0;
  const printed = /Form PDFs: printed (\d+),/.exec(output);
  return printed ? Number(printed[1]) : undefined;
}

async function measureSize(root: string, work: string, size: number, run: number): Promise<PdfBuildRow> {
  const pages = benchPages(root, size);
  const dirs: Record<Site, string> = { tandem: join(work, `pdf-tandem-${size}`), starlight: join(work, `pdf-starlight-${size}`) };
  await rm(dirs.tandem, { recursive: true, force: true });
  await rm(dirs.starlight, { recursive: true, force: true });
  await writeTandemProject(root, dirs.tandem, pages);
  await writeStarlightProject(dirs.starlight, pages);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', BASE_PATH: '/', TANDEM_PDF_CACHE: '' };
  delete env['TANDEM_FORM_PDFS'];
  delete env['TANDEM_OUT_DIR'];
  // Starlight's build runs pagefind itself: its npm run build is astro build.
  await writeFile(
    join(dirs.starlight, 'package.json'),
    JSON.stringify({
      name: 'starlight-bench',
      private: true,
      type: 'module',
      scripts: { build: 'astro build' },
      dependencies: { astro: '*', '@astrojs/starlight': '*' },
    }),
  );
  const first = { tandem: await npmBuild(dirs.tandem, env), starlight: await npmBuild(dirs.starlight, env) };
  const edited = pages[Math.floor(pages.length / 2)]!;
  const rebuild = {} as Record<Site, Measured>;
  for (const site of ['tandem', 'starlight'] as const) {
    await appendFile(pageFile(site, dirs[site], edited), `\nA sentence added in run ${run + 1} of the benchmark.\n`);
    rebuild[site] = await npmBuild(dirs[site], env);
  }
  await rm(dirs.tandem, { recursive: true, force: true });
  await rm(dirs.starlight, { recursive: true, force: true });
  return { pages: size, first, rebuild };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the builds at every size, prints the table, and returns whether every rebuild printed no PDF. */
export async function pdfBuilds(root: string, work: string, runs: number, print: (line: string) => void): Promise<boolean> {
  await mkdir(work, { recursive: true });
  print('');
  print(`npm run build with the form PDFs, then a rebuild after one guideline edit (${runs} run(s), medians; CPU of all processes):`);
  print('pages   Tandem build (PDFs)   Tandem rebuild   PDFs printed   Starlight build   Starlight rebuild');
  let noPdfOnRebuild = true;
  for (const size of PDF_SIZES) {
    const rows: PdfBuildRow[] = [];
    for (let run = 0; run < runs; run += 1) rows.push(await measureSize(root, work, size, run));
    const cell = (pick: (row: PdfBuildRow) => Measured) =>
      `${median(rows.map((row) => pick(row).cpu)).toFixed(1)} s (${median(rows.map((row) => pick(row).wall)).toFixed(1)} s wall)`.padStart(
        17,
      );
    const printedFirst = rows.map((row) => printedPdfs(row.first.tandem.output));
    const printedAgain = rows.map((row) => printedPdfs(row.rebuild.tandem.output));
    if (printedAgain.some((count) => count !== 0)) noPdfOnRebuild = false;
    const left = [
      ...new Set(
        rows.flatMap((row) =>
          (['tandem', 'starlight'] as const).flatMap((site) =>
            [...row.first[site].leftRunning, ...row.rebuild[site].leftRunning].map((name) => `${name} (${site})`),
          ),
        ),
      ),
    ];
    print(
      `${String(size).padStart(5)}  ${cell((row) => row.first.tandem)}  ${cell((row) => row.rebuild.tandem)}   ${`${printedFirst.join('/')} then ${printedAgain.join('/')}`.padEnd(12)}  ${cell((row) => row.first.starlight)}  ${cell((row) => row.rebuild.starlight)}` +
        (left.length > 0 ? `  (left running, counted and stopped: ${left.join(', ')})` : ''),
    );
  }
  print(noPdfOnRebuild ? 'a rebuild after a guideline edit printed no PDF (target met)' : 'A REBUILD AFTER A GUIDELINE EDIT PRINTED PDFs');
  return noPdfOnRebuild;
}
