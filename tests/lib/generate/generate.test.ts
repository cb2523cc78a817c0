import { cp, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/generate.ts';
import { PROJECT as ROOT, runMain, runProcess } from '../../support/run-main.ts';

/** The script's main, run in `cwd` (the files it reads and writes are relative to it). */
const generate = (cwd: string, args: string[]) => runMain(main, args, { cwd });

const check = (cwd: string) => generate(cwd, ['--check']);

/** A copy of what generate reads, in a temporary folder, removed after `use`. */
async function withCopy(use: (copy: string) => Promise<void>): Promise<void> {
  const copy = await mkdtemp(join(tmpdir(), 'tandem-generate-'));
  try {
    for (const part of ['scripts', 'src/lib', 'schemas', 'package.json', 'tsconfig.json'])
      await cp(join(ROOT, part), join(copy, part), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    await use(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

describe('npm run generate --check', () => {
  it('finds the committed generated files up to date with schemas/ (the real process)', async () => {
    const result = await runProcess('scripts/generate.ts', ['--check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('exits 1 and names the file when a generated file is stale', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'tandem-generate-'));
    try {
      for (const part of ['scripts', 'src/lib', 'schemas', 'package.json', 'tsconfig.json'])
        await cp(join(ROOT, part), join(copy, part), { recursive: true });
      await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      const types = join(copy, 'src/lib/types.generated.ts');
      await writeFile(types, (await readFile(types, 'utf8')).replace('export interface Contract', 'export interface Contrakt'));
      const result = await check(copy);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /src\/lib\/types\.generated\.ts is out of date with schemas\/application\.schema\.json, .+, which it is generated from; run npm run generate/,
      );
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('names the program.yaml that changed, not schemas/, when an edit to it left its issue form stale (rerun npm run generate after every program.yaml edit)', async () => {
    await withCopy(async (copy) => {
      for (const part of ['content', '.github', '.vscode']) await cp(join(ROOT, part), join(copy, part), { recursive: true });
      const program = join(copy, 'content/programs/alao/program.yaml');
      await writeFile(
        program,
        (await readFile(program, 'utf8')).replace('title: ALAO Mentoring Program Contract', 'title: ALAO Mentoring Contract'),
      );
      // File times set, not waited for: the schemas last edited on March 1, the issue form generated on
      // March 2, the program.yaml edited on March 3, as after an edit.
      const day = (date: string) => new Date(`${date}T09:00:00Z`);
      for (const schema of ['schemas/contract.schema.json', 'schemas/common.schema.json'])
        await utimes(join(copy, schema), day('2026-03-01'), day('2026-03-01'));
      await utimes(join(copy, '.github/ISSUE_TEMPLATE/contract-alao.yml'), day('2026-03-02'), day('2026-03-02'));
      await utimes(program, day('2026-03-03'), day('2026-03-03'));
      const result = await check(copy);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        '.github/ISSUE_TEMPLATE/contract-alao.yml is out of date: content/programs/alao/program.yaml changed since it was generated; run npm run generate\n',
      );
    });
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
