import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function check(cwd: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(TSX, ['scripts/generate.ts', '--check'], { cwd });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
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
});
