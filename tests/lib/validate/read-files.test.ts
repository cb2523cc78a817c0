/**
 * readRepositoryFiles reads text (Node's fast path) and leaves the bytes to be
 * asked for: whatever is on disk, the validator must say exactly what it says
 * about the same bytes handed over directly.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { BASE, CONTRACT, TODAY } from './helpers.ts';

let repo: string;
const validContract = () => readRepositoryFiles(BASE).then((files) => files.find((file) => file.path === CONTRACT)!.bytes);

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'tandem-read-files-'));
  await cp(BASE, repo, { recursive: true });
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

/** The diagnostics for CONTRACT when its bytes are `bytes`: read from disk, and handed over as bytes. */
async function bothWays(bytes: Uint8Array) {
  await writeFile(join(repo, CONTRACT), bytes);
  const fromDisk = await readRepositoryFiles(repo);
  const direct: SourceFile[] = fromDisk.map((file) =>
    file.path === CONTRACT ? { path: CONTRACT, bytes } : { path: file.path, bytes: file.bytes },
  );
  const options = { today: TODAY, only: [CONTRACT] };
  return { disk: validateFiles(fromDisk, options).diagnostics, bytes: validateFiles(direct, options).diagnostics };
}

describe('files read from disk', () => {
  it('list content files only, sorted, with repository paths and their exact bytes', async () => {
    const files = await readRepositoryFiles(BASE);
    const paths = files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain(CONTRACT);
    // Content files, and each program's SOURCES.md (the program-sources rule reads it).
    expect(
      paths.every(
        (path) => path.startsWith('content/') && (/\.(ya?ml|mdx)$/.test(path) || /^content\/programs\/[^/]+\/SOURCES\.md$/.test(path)),
      ),
    ).toBe(true);
    expect(paths).toContain('content/programs/alao/SOURCES.md');
    expect(new TextDecoder().decode(files.find((file) => file.path === CONTRACT)!.bytes)).toMatch(/^program: alao/m);
  });

  it.each([
    ['valid', async () => validContract()],
    ['with a byte order mark', async () => new Uint8Array([0xef, 0xbb, 0xbf, ...(await validContract())])],
    ['not UTF-8', async () => new Uint8Array([...(await validContract()), 0x23, 0x20, 0xff, 0xfe, 0x0a])],
    ['with a NUL byte', async () => new Uint8Array([...(await validContract()), 0x23, 0x00, 0x0a])],
    ['holding U+FFFD itself', async () => new Uint8Array([...(await validContract()), ...new TextEncoder().encode('# \uFFFD\n')])],
    ['over 64 KB', async () => new Uint8Array([...(await validContract()), ...new TextEncoder().encode(`# ${'x'.repeat(70_000)}\n`)])],
  ])('get the same diagnostics as their bytes: %s', async (_name, make) => {
    const { disk, bytes } = await bothWays(await make());
    expect(disk).toEqual(bytes);
  });

  it('say what is wrong with a file that is not UTF-8, at the same place as for its bytes', async () => {
    const { disk } = await bothWays(new Uint8Array([...(await validContract()), 0x23, 0x20, 0xff, 0x0a]));
    expect(disk.map((d) => d.rule)).toEqual(['file-not-utf8']);
  });
});
