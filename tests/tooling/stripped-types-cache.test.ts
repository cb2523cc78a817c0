/**
 * scripts/cli/stripped-types-cache.ts: once a command runs, each `.ts` module it
 * loads is stripped of its types once, kept, and read back while its text is
 * unchanged. Each run is a Node process of its own, as each command is.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../support/run-main.ts';

const run = promisify(execFile);
const CACHE_MODULE = pathToFileURL(join(PROJECT, 'scripts/cli/stripped-types-cache.ts')).href;

let dir: string;
let cache: string;
let module: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-ts-cache-'));
  cache = join(dir, 'cache');
  module = join(dir, 'answer.ts');
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A command's start: the cache switched on, then a module imported. */
async function importThroughCache(path = module): Promise<{ stdout: string; stderr: string }> {
  const driver = [
    `import { cacheStrippedTypes } from ${JSON.stringify(CACHE_MODULE)};`,
    `cacheStrippedTypes(${JSON.stringify(cache)});`,
    `const { answer } = await import(${JSON.stringify(pathToFileURL(path).href)});`,
    'process.stdout.write(String(answer));',
  ].join('\n');
  return run(process.execPath, ['--input-type=module', '-e', driver], { cwd: dir });
}

/** The cache folder's files, and the text of the one that holds the modules. */
async function kept(): Promise<{ files: string[]; text: string }> {
  const files = await readdir(cache);
  return { files, text: files.length === 1 ? await readFile(join(cache, files[0]!), 'utf8') : '' };
}

describe('the stripped types cache', () => {
  it('strips a module once, silently, and keeps the stripped text', async () => {
    await writeFile(module, 'export const answer: number = 41 + 1;\n');
    const first = await importThroughCache();
    expect(first).toEqual({ stdout: '42', stderr: '' });
    const { files, text } = await kept();
    expect(files).toHaveLength(1);
    expect(text).toContain('export const answer         = 41 + 1;');
    expect(text).not.toContain(': number');
  });

  it('reads the kept text back instead of stripping again', async () => {
    const { files, text } = await kept();
    await writeFile(join(cache, files[0]!), text.replace('41 + 1', '40 + 3'));
    expect((await importThroughCache()).stdout).toBe('43');
  });

  it('strips a module again once its text changes', async () => {
    await writeFile(module, 'export const answer: number = 50;\n');
    expect((await importThroughCache()).stdout).toBe('50');
    const { files, text } = await kept();
    expect(files).toHaveLength(1);
    expect(text).toContain('export const answer         = 50;');
    expect(text).not.toContain('40 + 3');
  });

  it('forgets a module whose file is gone', async () => {
    await rm(module);
    const other = join(dir, 'other.ts');
    await writeFile(other, 'export const answer: string = "other";\n');
    expect((await importThroughCache(other)).stdout).toBe('other');
    const { text } = await kept();
    expect(text).toContain('export const answer         = "other";');
    expect(text).not.toContain('= 50;');
  });
});
