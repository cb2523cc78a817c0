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
async function importThroughCache(): Promise<{ stdout: string; stderr: string }> {
  const driver = [
    `import { cacheStrippedTypes } from ${JSON.stringify(CACHE_MODULE)};`,
    `cacheStrippedTypes(${JSON.stringify(cache)});`,
    `const { answer } = await import(${JSON.stringify(pathToFileURL(module).href)});`,
    'process.stdout.write(String(answer));',
  ].join('\n');
  return run(process.execPath, ['--input-type=module', '-e', driver], { cwd: dir });
}

const keptFiles = async () => (await readdir(cache)).filter((name) => name.endsWith('.js'));

describe('the stripped types cache', () => {
  it('strips a module once, silently, and keeps the stripped text', async () => {
    await writeFile(module, 'export const answer: number = 41 + 1;\n');
    const first = await importThroughCache();
    expect(first).toEqual({ stdout: '42', stderr: '' });
    const kept = await keptFiles();
    expect(kept).toHaveLength(1);
    const text = await readFile(join(cache, kept[0]!), 'utf8');
    expect(text).toContain('export const answer         = 41 + 1;');
    expect(text).not.toContain(': number');
  });

  it('reads the kept text back instead of stripping again', async () => {
    const [file] = await keptFiles();
    const path = join(cache, file!);
    await writeFile(path, (await readFile(path, 'utf8')).replace('41 + 1', '40 + 3'));
    expect((await importThroughCache()).stdout).toBe('43');
  });

  it('strips a module again once its text changes', async () => {
    await writeFile(module, 'export const answer: number = 50;\n');
    expect((await importThroughCache()).stdout).toBe('50');
    expect(await keptFiles()).toHaveLength(1);
  });
});
