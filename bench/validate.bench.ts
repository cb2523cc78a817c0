/**
 * npm run bench: what a user pays for `node scripts/validate.ts` (the whole
 * command, as `npm run validate` starts it: Node's own type stripping, no
 * loader) over the floor of "read + fastest YAML parse + compiled schema" in
 * plain JavaScript on plain node (bench/floor.mjs), on 10,000 realistic
 * contracts with their pairings. Both run as child processes started the same
 * way, alternating, median of a few runs after one unmeasured run of each
 * (which warms the disk cache for both). Peak RSS comes from the children
 * themselves (bench/report-rss.mjs, preloaded into both).
 *
 * Targets: validate within 1.5x of the floor, peak RSS under 200 MB; an alias
 * bomb refused in well under a second.
 *
 *   npm run bench                                 # 10,000 contracts, 5 runs
 *   BENCH_CONTRACTS=2000 BENCH_RUNS=3 npm run bench
 *
 * Exit 0 within targets, 1 outside them, 2 could not run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateFiles } from '../src/lib/validate/index.ts';
import { aliasBomb } from './alias-bomb.ts';
import { generateRepository } from './generate-repository.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const RSS_PRELOAD = pathToFileURL(join(ROOT, 'bench/report-rss.mjs')).href;
const TODAY = '2026-12-31';

interface Measure {
  ms: number;
  cpuMs: number;
  rss: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** `node <preload> <script> ...args` in `cwd`: wall time from spawn to exit, the child's own peak RSS. */
function measure(script: string, args: string[], cwd: string, rssFile: string): Promise<Measure> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_PRELOAD, join(ROOT, script), ...args], {
      cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      readFile(rssFile, 'utf8').then(
        (text) => {
          const usage = JSON.parse(text) as { rss: number; cpuMs: number };
          done({ ms, cpuMs: usage.cpuMs, rss: usage.rss, code: code ?? -1, stdout, stderr });
        },
        () => done({ ms, cpuMs: 0, rss: 0, code: code ?? -1, stdout, stderr }),
      );
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Issue 3: an alias bomb is "rejected in well under a second". One contract file, validated in this process. */
function measureAliasBomb(): { ms: number; rules: string } {
  const files = [{ path: 'content/contracts/bench/2026-bomb-alias.yaml', bytes: new TextEncoder().encode(aliasBomb()) }];
  const check = () => validateFiles(files, { today: TODAY });
  const rules = [...new Set(check().diagnostics.map((d) => d.rule))].join(', ') || 'NOTHING (not refused!)';
  const times: number[] = [];
  for (let run = 0; run < RUNS * 3; run += 1) {
    const started = performance.now();
    check();
    times.push(performance.now() - started);
  }
  return { ms: median(times), rules };
}

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  try {
    process.stdout.write(`Generating ${CONTRACTS} contracts and their pairings in ${dir} ...\n`);
    await generateRepository(dir, CONTRACTS);
    const rssFile = join(dir, 'rss');
    const floor = () => measure('bench/floor.mjs', [dir], dir, rssFile);
    const validate = () => measure('scripts/validate.ts', ['--today', TODAY], dir, rssFile);
    const floors: Measure[] = [];
    const validates: Measure[] = [];
    await floor();
    await validate();
    for (let run = 0; run < RUNS; run += 1) {
      floors.push(await floor());
      validates.push(await validate());
    }
    for (const m of [...floors, ...validates]) {
      if (m.code !== 0) {
        process.stderr.write(`bench: a measured run failed (exit ${m.code}):\n${m.stdout.slice(0, 500)}${m.stderr.slice(0, 500)}\n`);
        return 2;
      }
    }
    const a = median(floors.map((m) => m.ms));
    const b = median(validates.map((m) => m.ms));
    const floorRss = Math.max(...floors.map((m) => m.rss));
    const peak = Math.max(...validates.map((m) => m.rss));
    const ratio = b / a;
    const cpuA = median(floors.map((m) => m.cpuMs));
    const cpuB = median(validates.map((m) => m.cpuMs));
    const print = (line: string) => process.stdout.write(`${line}\n`);
    print(
      `files: ${CONTRACTS * 2 + 1} (${CONTRACTS} contracts, ${CONTRACTS} pairings, 1 program); ${RUNS} runs each, alternating, medians`,
    );
    print(
      `(a) floor, plain node (read + js-yaml + compiled schema): ${a.toFixed(0).padStart(6)} ms wall, ${cpuA.toFixed(0).padStart(6)} ms CPU, peak RSS ${mb(floorRss)}`,
    );
    print(
      `(b) node scripts/validate.ts (the whole command):       ${b.toFixed(0).padStart(6)} ms wall, ${cpuB.toFixed(0).padStart(6)} ms CPU, peak RSS ${mb(peak)}`,
    );
    print(
      `ratio b/a: ${ratio.toFixed(2)} wall (target <= 1.5), ${(cpuB / cpuA).toFixed(2)} CPU (user + system, steadier on a busy machine); peak RSS of b: ${mb(peak)} (target < 200 MB)`,
    );
    const bomb = measureAliasBomb();
    print(
      `(c) alias bomb of 10^9 expansions, refused as ${bomb.rules}: ${bomb.ms.toFixed(1)} ms (median of ${RUNS * 3} in-process runs; target < 1000 ms)`,
    );
    const within = ratio <= 1.5 && peak < 200 * 1024 * 1024 && bomb.ms < 1000;
    print(within ? 'within targets' : 'OUTSIDE TARGETS');
    return within ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
});
