/**
 * npm run bench: what a user pays for `node scripts/validate.ts` (the whole
 * command, as `npm run validate` starts it: Node's own type stripping, no
 * loader) over the floor of "read + fastest YAML parse + compiled schema" in
 * plain JavaScript on plain node (bench/floor.mjs), on realistic repositories
 * of 2,000, 20,000 and 100,000 files (half contracts, half their pairings).
 *
 * Both sides run as whole processes, timed from outside the way a user times
 * a command: `/usr/bin/time` starts each (no preload, no harness inside the
 * measured process) and reports its wall time, CPU (user + system) and peak
 * resident memory. Alternating, median of a few runs after one unmeasured run
 * of each (which warms the disk cache for both).
 *
 * Targets: validate at most 1.3x the floor's wall time at every size, peak RSS
 * under 200 MB at 100,000 files; an alias bomb refused in well under a second.
 *
 *   npm run bench                                        # 2k, 20k, 100k files, 3 runs each
 *   BENCH_FILES=2000,20000 BENCH_RUNS=5 node bench/validate.bench.ts
 *
 * Exit 0 within targets, 1 outside them, 2 could not run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateFiles } from '../src/lib/validate/index.ts';
import { aliasBomb } from './alias-bomb.ts';
import { generateRepository } from './generate-repository.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = (process.env['BENCH_FILES'] ?? '2000,20000,100000').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const TODAY = '2026-12-31';
const RATIO_TARGET = 1.3;
const RSS_TARGET = 200 * 1024 * 1024;
/** The size at which the memory target applies (and every larger one). */
const RSS_TARGET_FROM = 100_000;
/** GNU time's format: elapsed seconds, user and system CPU seconds, peak RSS in KB, on the last line of stderr. */
const TIME_FORMAT = 'BENCH %e %U %S %M';

interface Measure {
  ms: number;
  cpuMs: number;
  rss: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** `/usr/bin/time node <script> ...args` in `cwd`: what GNU time says of the node process. */
function measure(script: string, args: string[], cwd: string): Promise<Measure> {
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', TIME_FORMAT, process.execPath, join(ROOT, script), ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const line = stderr
        .trimEnd()
        .split('\n')
        .findLast((text) => text.startsWith('BENCH '));
      if (!line) return fail(new Error(`/usr/bin/time printed no figures: ${stderr.slice(0, 500)}`));
      const [elapsed, user, system, kb] = line.split(' ').slice(1).map(Number) as [number, number, number, number];
      done({ ms: elapsed * 1000, cpuMs: (user + system) * 1000, rss: kb * 1024, code: code ?? -1, stdout, stderr });
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

const print = (line: string) => process.stdout.write(`${line}\n`);

/** One size: both commands over a generated repository of `files` files; whether it met its targets, or undefined if a run failed. */
async function measureSize(files: number): Promise<boolean | undefined> {
  const contracts = Math.max(1, Math.round((files - 1) / 2));
  const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  try {
    await generateRepository(dir, contracts);
    const floor = () => measure('bench/floor.mjs', [dir], dir);
    const validate = () => measure('scripts/validate.ts', ['--today', TODAY], dir);
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
        return undefined;
      }
    }
    const a = median(floors.map((m) => m.ms));
    const b = median(validates.map((m) => m.ms));
    const cpuA = median(floors.map((m) => m.cpuMs));
    const cpuB = median(validates.map((m) => m.cpuMs));
    const floorRss = Math.max(...floors.map((m) => m.rss));
    const peak = Math.max(...validates.map((m) => m.rss));
    const ratio = b / a;
    const rssApplies = files >= RSS_TARGET_FROM;
    print(`${contracts * 2 + 1} files (${contracts} contracts, ${contracts} pairings, 1 program); ${RUNS} runs each, alternating, medians`);
    print(
      `  (a) floor: node bench/floor.mjs         ${a.toFixed(0).padStart(6)} ms wall, ${cpuA.toFixed(0).padStart(6)} ms CPU, peak RSS ${mb(floorRss)}`,
    );
    print(
      `  (b) node scripts/validate.ts            ${b.toFixed(0).padStart(6)} ms wall, ${cpuB.toFixed(0).padStart(6)} ms CPU, peak RSS ${mb(peak)}`,
    );
    print(
      `  b/a: ${ratio.toFixed(2)} wall (target <= ${RATIO_TARGET}), ${(cpuB / cpuA).toFixed(2)} CPU; peak RSS ${mb(peak)}` +
        (rssApplies ? ` (target < ${mb(RSS_TARGET)})` : ''),
    );
    return ratio <= RATIO_TARGET && (!rssApplies || peak < RSS_TARGET);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  let within = true;
  for (const files of SIZES) {
    const met = await measureSize(files);
    if (met === undefined) return 2;
    within &&= met;
  }
  const bomb = measureAliasBomb();
  print(
    `alias bomb of 10^9 expansions, refused as ${bomb.rules}: ${bomb.ms.toFixed(1)} ms (median of ${RUNS * 3} in-process runs; target < 1000 ms)`,
  );
  within &&= bomb.ms < 1000;
  print(within ? 'within targets' : 'OUTSIDE TARGETS');
  return within ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
});
