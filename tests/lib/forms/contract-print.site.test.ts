/**
 * `npm run contract:print` on a copy of the repository's content: a valid
 * contract becomes a filled PDF in the current folder; an invalid one gets the
 * validator's diagnostics and no file; nothing is overwritten or written into
 * dist/; no Chromium is a clear exit 2. The script's main runs in this
 * process, printing with the test worker's Chromium; the first case runs
 * the real `node scripts/contract-print.ts`, which starts its own.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../scripts/contract-print.ts';
import { findChromium } from '../../../scripts/pdf/chromium.ts';
import type { Contract } from '../../../src/lib/types.generated.ts';
import { launchBrowser } from '../../support/browser.ts';
import { runMain, runProcess } from '../../support/run-main.ts';
import { isPaperSize, readPdf } from './pdf-text.ts';

/** A run that prints launches Chromium: a few seconds on a shared, busy machine. */
const SLOW = { timeout: 60_000 };

let repo: string;
let here: string;
let contractFile: string;
let contract: Contract;

/**
 * The browser an in-process run prints with: found as the script finds it (CHROMIUM_PATH, the same error
 * when there is none), then the worker's Chromium instead of a second browser started for the print (about
 * 1.5 s of CPU); the script's close() of it closes only what the script opened.
 */
async function sharedChromium(env: Readonly<Record<string, string | undefined>>) {
  findChromium(env);
  return launchBrowser();
}

/** Runs the script from `cwd` as `npm run` would (INIT_CWD is where the user typed the command); `spawn`: as a real process. */
async function contractPrint(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; spawn?: boolean } = {}) {
  const cwd = options.cwd ?? here;
  const env = { ...process.env, INIT_CWD: cwd, ...options.env };
  if (!options.spawn) return runMain((argv) => main(argv, sharedChromium), args, { cwd, env });
  const run = await runProcess('scripts/contract-print.ts', args, { cwd, env });
  return { ...run, code: run.code ?? -1 };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'tandem-print-repo-'));
  here = await mkdtemp(join(tmpdir(), 'tandem-print-here-'));
  await cp('content', join(repo, 'content'), { recursive: true });
  const [first] = (await readdir(join(repo, 'content/contracts/alao'))).filter((name) => name.endsWith('.yaml')).sort();
  if (!first) throw new Error('No example ALAO contract in content/contracts/alao');
  contractFile = join(repo, 'content/contracts/alao', first);
  contract = parse(await readFile(contractFile, 'utf8'), { schema: 'core' }) as Contract;
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(here, { recursive: true, force: true });
});

describe('a valid contract', () => {
  it('is printed filled in to ./<id>.pdf: names, dates and goals on one or two Letter pages', SLOW, async () => {
    const result = await contractPrint([contractFile], { spawn: true });
    expect(result.code, result.stderr).toBe(0);
    const out = join(here, `${contract.pairing}.pdf`);
    expect(result.stdout).toContain(`Wrote ${contract.pairing}.pdf (US Letter)`);
    const pdf = await readPdf(await readFile(out));
    expect(pdf.sizes.length).toBeGreaterThanOrEqual(1);
    expect(pdf.sizes.length).toBeLessThanOrEqual(2);
    expect(pdf.sizes.every((size) => isPaperSize(size, 'letter'))).toBe(true);
    const text = pdf.text.replace(/\s+/g, '');
    for (const party of contract.parties) {
      expect(text).toContain(party.name.replace(/\s+/g, ''));
      expect(text).toContain(party.signed);
    }
    for (const goal of contract.goals ?? []) expect(text).toContain(goal.replace(/\s+/g, ''));
    // The console says where the file went, never whose it is.
    for (const party of contract.parties) expect(result.stdout + result.stderr).not.toContain(party.name);
  });

  it('refuses an --out in a folder that does not exist', SLOW, async () => {
    const result = await contractPrint([contractFile, '--out', 'nowhere/for-the-file.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot write nowhere/for-the-file.pdf: the folder nowhere does not exist.');
  });

  // One print (one Chromium) for both: --out in a sub-folder on A4 paper, over an existing file with --force.
  it('never overwrites an existing file unless --force, and goes to --out on A4 paper', SLOW, async () => {
    await mkdir(join(here, 'sub'));
    const out = join(here, 'sub/kept.pdf');
    await writeFile(out, 'earlier copy');
    const refused = await contractPrint([contractFile, '--out', 'sub/kept.pdf', '--paper', 'a4']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('sub/kept.pdf already exists; give another --out or add --force to replace it.');
    expect(await readFile(out, 'utf8')).toBe('earlier copy');
    const forced = await contractPrint([contractFile, '--out', 'sub/kept.pdf', '--paper', 'a4', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(await readFile(out));
    expect(pdf.sizes.every((size) => isPaperSize(size, 'a4'))).toBe(true);
  });

  it('is never written into dist/, the public site', SLOW, async () => {
    const result = await contractPrint([contractFile, '--out', join(repo, 'dist', 'contract.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is inside dist/ (the public site)');
    expect(await exists(join(repo, 'dist'))).toBe(false);
  });

  it('is never written into public/ (copied into dist/ by the next build), nor through a symlink', SLOW, async () => {
    await mkdir(join(repo, 'public'), { recursive: true });
    const result = await contractPrint([contractFile, '--out', join(repo, 'public', 'leak.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is inside public/');
    await symlink(join(repo, 'public'), join(here, 'innocent'));
    const linked = await contractPrint([contractFile, '--out', 'innocent/leak.pdf']);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('is inside public/');
    expect(await readdir(join(repo, 'public'))).toEqual([]);
  });
});

describe('an invalid contract', () => {
  it('gets the validator diagnostics, exit 1, and no PDF', SLOW, async () => {
    const file = join(repo, 'content/contracts/alao', `${contract.pairing}.yaml`);
    const original = await readFile(file, 'utf8');
    const broken = original.replace(/durationMonths: \S+/, 'durationMonths: many') + 'notes: remember the poster\n';
    expect(broken).toContain('durationMonths: many');
    await writeFile(file, broken);
    try {
      const out = join(here, 'invalid.pdf');
      const result = await contractPrint([file, '--out', 'invalid.pdf']);
      expect(result.code).toBe(1);
      const line = broken.split('\n').findIndex((text) => text.includes('durationMonths: many')) + 1;
      expect(result.stderr).toMatch(new RegExp(`content/contracts/alao/${contract.pairing}\\.yaml:${line}:\\d+: error: .+\\(`));
      expect(result.stderr).toMatch(/This key is not a field\. Allowed here:/);
      expect(result.stderr).toContain('is not valid; nothing was printed.');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await exists(out)).toBe(false);
    } finally {
      await writeFile(file, original);
    }
  });

  it('says which paths are contract files', SLOW, async () => {
    const result = await contractPrint([join(repo, 'content/programs/alao/program.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a contract file: contracts live in content/contracts/<program>/<pairing-id>.yaml.');
  });
});

describe('without Chromium', () => {
  it('says so clearly, exits 2 and writes nothing', SLOW, async () => {
    const result = await contractPrint([contractFile, '--out', 'no-browser.pdf'], { env: { CHROMIUM_PATH: '/nonexistent' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No Chromium found (looked at /nonexistent)');
    expect(await exists(join(here, 'no-browser.pdf'))).toBe(false);
  });
});
