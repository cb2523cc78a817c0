/**
 * npm run check:code: the compiler's diagnostics and the typed lint rules
 * from one program, on a small project of its own (the repository's lint
 * rules, a tsconfig of two files), so that each case is fast and can fail.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/check-code.ts';
import { PROJECT, runMain } from '../support/run-main.ts';

let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A project of `files`, linted by the repository's own .oxlintrc.json and eslint.config.mjs. */
async function project(files: Record<string, string>, options: { tsconfig?: boolean } = {}): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'tandem-check-code-'));
  const config = { compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', types: [] }, include: ['*.ts'] };
  if (options.tsconfig !== false) await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(config));
  // The repository's rules; the config files themselves are left out of the lint, as they are out of this small program.
  await writeFile(
    join(dir, '.oxlintrc.json'),
    JSON.stringify({ extends: [join(PROJECT, '.oxlintrc.json')], ignorePatterns: ['eslint.config.mjs'] }),
  );
  const rules = JSON.stringify(join(PROJECT, 'eslint.config.mjs'));
  await writeFile(
    join(dir, 'eslint.config.mjs'),
    `import rules from ${rules};\nexport default [{ ignores: ['eslint.config.mjs'] }, ...rules];\n`,
  );
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const FLOATING = 'export async function later(): Promise<number> {\n  return 1;\n}\nexport function now(): void {\n  later();\n}\n';

// Each test builds a whole TypeScript program and lints it: seconds on a busy two-core machine.
describe('npm run check:code', { timeout: 120_000 }, () => {
  it('passes a clean project: exit 0 and a count of nothing', async () => {
    const cwd = await project({ 'clean.ts': 'export const answer: number = 42;\n' });
    const result = await runMain(main, [], { cwd });
    expect(result).toEqual({ code: 0, stdout: 'check:code: 0 type errors, 0 lint errors.\n', stderr: '' });
  });

  it("prints tsc's error at its file, line and column, and a typed lint rule's, from the one program: exit 1", async () => {
    const cwd = await project({ 'types.ts': "export const count: number = 'three';\n", 'promises.ts': FLOATING });
    const result = await runMain(main, [], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("types.ts(1,14): error TS2322: Type 'string' is not assignable to type 'number'.");
    // no-floating-promises needs type information: it is reported only when the rules got the program.
    expect(result.stdout).toMatch(/promises\.ts\n\s+5:3\s+error\s+Promises must be awaited.*typescript\/no-floating-promises/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('check:code: 1 type error, 1 lint error.');
  });

  it('says why when oxlint cannot run (no type-aware linter where it is told to look), and exits 2', async () => {
    const cwd = await project({ 'clean.ts': 'export const answer = 42;\n' });
    const result = await runMain(main, [], { cwd, env: { OXLINT_TSGOLINT_PATH: join(cwd, 'no-such-tsgolint') } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^check:code: oxlint could not run: .*no-such-tsgolint/);
  });

  it('says there is no tsconfig.json, and exits 2', async () => {
    const cwd = await project({ 'clean.ts': 'export const answer = 42;\n' }, { tsconfig: false });
    const result = await runMain(main, [], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^check:code: no tsconfig\.json in this folder or above it\./);
  });
});
