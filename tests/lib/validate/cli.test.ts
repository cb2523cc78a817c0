import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/validate.ts';
import { runMain, runProcess } from '../../support/run-main.ts';
import { BASE, CONTRACT, fixtureBytes, GUIDELINE, TODAY } from './helpers.ts';

let repo: string;

/** Runs the CLI's main in the temporary repository, as `npm run validate` would. */
const validate = (...args: string[]) => runMain(main, args, { cwd: repo });

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'tandem-validate-'));
  await cp(BASE, repo, { recursive: true });
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('npm run validate (the real CLI)', () => {
  it("exits 0 on a valid repository and says so (the real process, on Node's own type stripping)", async () => {
    const result = await runProcess('scripts/validate.ts', ['--today', TODAY], { cwd: repo });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('No problems found (12 files checked).\n');
  });

  it('exits 1 with path:line:col: error: message (rule) and a summary', async () => {
    await writeFile(join(repo, CONTRACT), fixtureBytes('schema-phone-unquoted.yaml'));
    await writeFile(join(repo, GUIDELINE), fixtureBytes('guideline-heading-skip.mdx'));
    const result = await validate('--today', TODAY);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `${CONTRACT}:8:12: error: Phone of party 1 was read as a number, which drops a leading 0 and the spacing: quote the phone number (put it in double quotes). (schema-type)`,
        `${GUIDELINE}:12:1: error: This heading skips a level: a level-4 heading (####) follows a level-2 one; use ###. (guideline-heading-level)`,
        'Invalid: 2 errors and 0 warnings in 2 files (12 files checked).',
        '',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain('0791234567');
  });

  it('checks only the given paths, in the context of the whole repository', async () => {
    const result = await validate(GUIDELINE, '--today', TODAY);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(CONTRACT);
    expect(result.stdout).toContain('(1 file checked)');
    const contractOnly = await validate(CONTRACT, '--today', TODAY);
    expect(contractOnly.stdout).toContain(`${CONTRACT}:8:12: error:`);
  });

  it('prints GitHub annotations, escaped, and the summary', async () => {
    const result = await validate('--format', 'github', '--today', TODAY, CONTRACT);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      `::error file=${CONTRACT},line=8,col=12,title=schema-type::Phone of party 1 was read as a number, which drops a leading 0 and the spacing: quote the phone number (put it in double quotes).`,
    );
    expect(result.stdout).toContain('Invalid: 1 error and 0 warnings in 1 file (1 file checked).');
  });

  it('prints stable JSON', async () => {
    const result = await validate('--format', 'json', '--today', TODAY, CONTRACT);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      errors: 1,
      warnings: 0,
      filesChecked: 1,
      diagnostics: [
        {
          file: CONTRACT,
          line: 8,
          column: 12,
          severity: 'error',
          rule: 'schema-type',
          message: expect.stringContaining('quote the phone number'),
        },
      ],
    });
  });

  it('exits 0 with warnings only, and --today moves the date rules', async () => {
    await writeFile(join(repo, CONTRACT), fixtureBytes('contract-late.yaml'));
    const late = await validate('--today', TODAY, CONTRACT);
    expect(late.code).toBe(0);
    expect(late.stdout).toContain(`${CONTRACT}:13:13: warning: The contract was completed 64 days after the pairing notice`);
    const early = await validate('--today', '2026-03-01', CONTRACT);
    expect(early.code).toBe(1);
    expect(early.stdout).toContain('(contract-signed-not-future)');
  });

  it('exits 2 without a stack trace when it cannot run', async () => {
    for (const args of [['--format', 'xml'], ['--today', '2026-02-30'], ['--bogus'], ['content/nowhere.yaml'], ['/etc/hostname']]) {
      const result = await validate(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr).toMatch(/^validate: /);
    }
  });

  it('prints its usage with --help and exits 0', async () => {
    const result = await validate('--help');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: npm run validate -- \[paths\.\.\.\]/);
    expect(result.stdout).toContain('Exit 0 valid (warnings allowed), 1 invalid, 2 could not run or bad usage.');
  });
});
