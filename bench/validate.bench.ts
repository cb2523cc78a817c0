/**
 * npm run bench: how much the whole `validate` CLI costs over the floor of
 * "read + fastest YAML parse + compiled schema", on 10,000 realistic
 * contracts with their pairings. Both are measured in this run, as separate
 * processes started the same way (node with the tsx loader), median of a few
 * alternating runs. Targets: validate within 1.5x of the floor, under 200 MB.
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
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 10_000);
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')).href;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Measure { ms: number; rss: number; code: number; stdout: string }

function measure(script: string, args: string[], cwd: string, rssFile: string): Promise<Measure> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', TSX_LOADER, '--import', pathToFileURL(join(ROOT, 'bench/report-rss.ts')).href, join(ROOT, script), ...args], {
      cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      void readFile(rssFile, 'utf8')
        .catch(() => '0')
        .then((text) => done({ ms, rss: Number(text), code: code ?? -1, stdout }));
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Issue 3: an alias bomb is "rejected in well under a second". One contract file, validated in this process. */
function measureAliasBomb(): { ms: number; rules: string } {
  const files = [{ path: 'content/contracts/bench/2026-bomb-alias.yaml', bytes: new TextEncoder().encode(aliasBomb()) }];
  const check = () => validateFiles(files, { today: '2026-12-31' });
  const rules = [...new Set(check().diagnostics.map((d) => d.rule))].join(', ') || 'NOTHING (not refused!)';
  const times: number[] = [];
  for (let run = 0; run < RUNS * 3; run += 1) {
    const started = performance.now();
    check();
    times.push(performance.now() - started);
  }
  return { ms: median(times), rules };
}

const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
try {
  console.log(`Generating ${CONTRACTS} contracts and their pairings in ${dir} ...`);
  await generateRepository(dir, CONTRACTS);
  const rssFile = join(dir, 'rss');
  const floor: Measure[] = [];
  const validate: Measure[] = [];
  // One unmeasured run of each warms the disk cache and tsx's transform cache.
  await measure('bench/floor.ts', [dir], dir, rssFile);
  await measure('scripts/validate.ts', ['--today', '2026-12-31'], dir, rssFile);
  for (let run = 0; run < RUNS; run += 1) {
    floor.push(await measure('bench/floor.ts', [dir], dir, rssFile));
    validate.push(await measure('scripts/validate.ts', ['--today', '2026-12-31'], dir, rssFile));
  }
  for (const m of [...floor, ...validate]) {
    if (m.code !== 0) throw new Error(`a measured run failed (exit ${m.code}): ${m.stdout.slice(0, 500)}`);
  }
  const a = median(floor.map((m) => m.ms));
  const b = median(validate.map((m) => m.ms));
  const peak = Math.max(...validate.map((m) => m.rss));
  const ratio = b / a;
  console.log(`files: ${CONTRACTS * 2 + 1} (${CONTRACTS} contracts, ${CONTRACTS} pairings, 1 program); runs: ${RUNS}, median`);
  console.log(`(a) floor (read + js-yaml + compiled schema): ${a.toFixed(0)} ms, peak RSS ${mb(Math.max(...floor.map((m) => m.rss)))}`);
  console.log(`(b) npm run validate (whole CLI):              ${b.toFixed(0)} ms, peak RSS ${mb(peak)}`);
  console.log(`ratio b/a: ${ratio.toFixed(2)} (target <= 1.5); peak RSS of b: ${mb(peak)} (target < 200 MB)`);
  const bomb = measureAliasBomb();
  console.log(`(c) alias bomb of 10^9 expansions, refused as ${bomb.rules}: ${bomb.ms.toFixed(1)} ms (median of ${RUNS * 3} in-process runs; target < 1000 ms)`);
  console.log(ratio <= 1.5 && peak < 200 * 1024 * 1024 && bomb.ms < 1000 ? 'within targets' : 'OUTSIDE TARGETS');
} finally {
  await rm(dir, { recursive: true, force: true });
}
