/**
 * Where a filled contract may be written: never anywhere the site build
 * publishes (public/ is copied into dist/), also not through a symlink or a
 * `..` that ends up there.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedOutputProblem } from '../../../scripts/pdf/output-path.ts';

let root: string;
let outside: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-out-root-'));
  outside = await mkdtemp(join(tmpdir(), 'tandem-out-elsewhere-'));
  await mkdir(join(root, 'public', 'forms'), { recursive: true });
  await mkdir(join(root, 'dist'), { recursive: true });
  await symlink(join(root, 'dist'), join(outside, 'to-dist'));
  await symlink(join(root, 'public', 'forms'), join(outside, 'to-public'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('the output path of a filled contract', () => {
  it.each([
    ['public/leak.pdf', 'public/'],
    ['public/forms/leak.pdf', 'public/'],
    ['public/not-yet/a/leak.pdf', 'public/'],
    ['dist/leak.pdf', 'dist/'],
    ['dist/alao/new-folder/leak.pdf', 'dist/'],
    ['content/../public/leak.pdf', 'public/'],
  ])('%s is refused (inside %s)', async (path, folder) => {
    expect(publishedOutputProblem(join(root, path), root)).toContain(`inside ${folder}`);
  });

  it('is refused through a symlink into dist/ or public/', () => {
    expect(publishedOutputProblem(join(outside, 'to-dist', 'leak.pdf'), root)).toContain('inside dist/');
    expect(publishedOutputProblem(join(outside, 'to-public', 'leak.pdf'), root)).toContain('inside public/');
    expect(publishedOutputProblem(join(outside, 'to-dist', 'missing', 'leak.pdf'), root)).toContain('inside dist/');
  });

  it('is allowed elsewhere', () => {
    expect(publishedOutputProblem(join(outside, 'contract.pdf'), root)).toBeUndefined();
    expect(publishedOutputProblem(join(root, 'contract.pdf'), root)).toBeUndefined();
    expect(publishedOutputProblem(join(root, 'publications.pdf'), root)).toBeUndefined();
  });
});
