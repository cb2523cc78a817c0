import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/lib/diagnostics.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { EXAMPLES_TODAY } from '../../support/examples-today.ts';
import { baseFiles, TODAY } from './helpers.ts';

describe('valid data', () => {
  it(`the repository's example data in content/ passes (as of ${EXAMPLES_TODAY})`, async () => {
    const files = await readRepositoryFiles(resolve(import.meta.dirname, '../../..'));
    expect(files.some((file) => file.path.startsWith('content/contracts/'))).toBe(true);
    const result = validateFiles(files, { today: EXAMPLES_TODAY });
    expect(formatText(result.diagnostics)).toBe(`No problems found.\n`);
    expect(result.repository.programs.size).toBeGreaterThanOrEqual(3);
  });

  it('the base fixture repository passes and loads every record', async () => {
    const result = validateFiles(await baseFiles(), { today: TODAY });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect([...result.repository.programs.keys()].sort()).toEqual(['alao', 'cala']);
    expect(result.repository.contracts.size).toBe(3);
    expect(result.repository.pairings.size).toBe(3);
    expect(result.repository.guidelines.get('alao/setting-goals')?.data.title).toBe('Setting goals');
  });

  it('keeps dates as strings', async () => {
    const result = validateFiles(await baseFiles(), { today: TODAY });
    expect(result.repository.pairings.get('alao/2026-lee-okafor')?.data.notified).toBe('2026-01-15');
  });
});
