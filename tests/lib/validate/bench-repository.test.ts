/**
 * The repository `npm run bench` validates (bench/generate-repository.ts) is
 * valid as a whole: otherwise the bench measures a failing run, or cannot run
 * at all (it stopped once when programs came to need their SOURCES.md).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRepository } from '../../../bench/generate-repository.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';

const TODAY = '2026-12-31';
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-bench-repository-'));
  await generateRepository(root, 40);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the bench repository', () => {
  it('is valid as a whole: its program, SOURCES.md, pairings and contracts', async () => {
    const files = await readRepositoryFiles(root);
    expect(files).toHaveLength(82);
    const result = validateFiles(files, { today: TODAY, wholeRepository: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.repository.contracts.size).toBe(40);
    expect(result.repository.pairings.size).toBe(40);
  });

  it('places a cross-file finding on a file read from disk at its line (the file is read again to place it)', async () => {
    const files = await readRepositoryFiles(root);
    const contract = files.find((file) => file.path.startsWith('content/contracts/'))!;
    const text = contract.text!;
    const pairingLine = text.split('\n').findIndex((line) => line.startsWith('pairing: ')) + 1;
    await writeFile(join(root, contract.path), text.replace(/^pairing: .*$/m, 'pairing: 2026-no-such-pairing'));
    const result = validateFiles(await readRepositoryFiles(root), { today: TODAY, wholeRepository: true });
    await writeFile(join(root, contract.path), text);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: contract.path, line: pairingLine, column: 10, severity: 'error', rule: 'path-matches' }),
    ]);
  });
});
