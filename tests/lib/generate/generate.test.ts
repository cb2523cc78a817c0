import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function generate(cwd: string, args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(TSX, ['scripts/generate.ts', ...args], { cwd });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

const check = (cwd: string) => generate(cwd, ['--check']);

/** A copy of what generate reads, in a temporary folder, removed after `use`. */
async function withCopy(use: (copy: string) => Promise<void>): Promise<void> {
  const copy = await mkdtemp(join(tmpdir(), 'tandem-generate-'));
  try {
    for (const part of ['scripts', 'src/lib', 'schemas', 'package.json', 'tsconfig.json']) await cp(join(ROOT, part), join(copy, part), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    await use(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

describe('npm run generate --check', () => {
  it('finds the committed generated files up to date with schemas/', async () => {
    const result = await check(ROOT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('exits 1 and names the file when a generated file is stale', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'tandem-generate-'));
    try {
      for (const part of ['scripts', 'src/lib', 'schemas', 'package.json', 'tsconfig.json']) await cp(join(ROOT, part), join(copy, part), { recursive: true });
      await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      const types = join(copy, 'src/lib/types.generated.ts');
      await writeFile(types, (await readFile(types, 'utf8')).replace('export interface Contract', 'export interface Contrakt'));
      const result = await check(copy);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('src/lib/types.generated.ts is out of date with schemas/: run npm run generate');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('exits 2 with one sentence naming the file, no stack trace, when it cannot write a generated file', async () => {
    await withCopy(async (copy) => {
      // A dangling link where .github/ should be: reading finds nothing, creating the folder fails (even as root).
      await symlink(join(copy, 'nowhere'), join(copy, '.github'));
      const result = await generate(copy, []);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^generate: could not write \.github\/ISSUE_TEMPLATE\/[a-z-]+\.yml \([A-Z]+\)\.\n$/);
    });
  });

  it('exits 2 with one sentence naming the folder, no stack trace, when it cannot read content/', async () => {
    await withCopy(async (copy) => {
      await writeFile(join(copy, 'content'), 'not a folder');
      const result = await check(copy);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('generate: could not read content (ENOTDIR).\n');
    });
  });
});

